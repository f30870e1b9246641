import { Alert, Button, Group, Text } from "@mantine/core";
import { IconKey, IconExternalLink } from "@tabler/icons-react";
import { useMemo } from "react";
import { useSession } from "../../client/useSession";
import { authorizationUrl, latestAuthStep } from "./oauth-state";

/**
 * A remote server asked for OAuth: the button opens its authorization page (the browser comes back
 * to the inspector, which exchanges the code and reconnects); a failure says why and offers to retry.
 */
export function AuthBanner() {
  const { snapshot, restart } = useSession();
  const step = useMemo(() => latestAuthStep(snapshot.frames), [snapshot.frames]);
  if (!step) return null;
  const url = authorizationUrl(step);
  if (url) {
    return (
      <Alert color="yellow" radius={0} py={6} icon={<IconKey size={16} />} data-testid="oauth-banner">
        <Group gap="sm" wrap="wrap">
          <Text size="sm" fw={600}>
            This server requires authorization (OAuth 2.1)
          </Text>
          <Button component="a" href={url} target="_blank" rel="noreferrer" size="compact-sm" leftSection={<IconExternalLink size={14} />} data-testid="oauth-authorize">
            Authorize
          </Button>
          <Text size="xs" c="dimmed">
            opens {new URL(url).host}; after you approve, the inspector gets the token and reconnects. Every step is in the log.
          </Text>
        </Group>
      </Alert>
    );
  }
  if (step.step !== "failed") return null;
  return (
    <Alert color="red" radius={0} py={6} icon={<IconKey size={16} />} data-testid="oauth-banner">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          Authorization failed
        </Text>
        <Text size="sm">{step.message}</Text>
        <Button size="compact-sm" variant="light" color="red" onClick={restart}>
          Try again
        </Button>
      </Group>
    </Alert>
  );
}
