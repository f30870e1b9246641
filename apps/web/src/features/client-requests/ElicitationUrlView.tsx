import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { elicitResult, openableUrl } from "./elicit-response";

interface ElicitationUrlViewProps {
  params: Record<string, unknown>;
  disabled: boolean;
  onAnswer: (result: ReturnType<typeof elicitResult>) => void;
}

/** URL mode: the server wants the person to visit a page; they open it, then say they completed it or decline. */
export function ElicitationUrlView({ params, disabled, onAnswer }: ElicitationUrlViewProps) {
  const url = typeof params.url === "string" ? params.url : "";
  const href = openableUrl(url);
  return (
    <Stack gap="xs" data-testid="elicitation-url">
      <Text size="sm" className="pre-wrap" data-testid="elicitation-message">{String(params.message ?? "")}</Text>
      <Text size="xs">
        <Text span c="dimmed" size="xs">URL </Text>
        <span className="mono" data-testid="elicitation-url-value">{url}</span>
      </Text>
      <Text size="xs">
        <Text span c="dimmed" size="xs">elicitationId </Text>
        <span className="mono" data-testid="elicitation-id">{String(params.elicitationId ?? "")}</span>
      </Text>
      {!href && <Text size="xs" c="orange">Not an http(s) URL: the inspector will not open it.</Text>}
      <Group gap="xs">
        {href && (
          <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">
            <Group gap={4}><IconExternalLink size={14} />Open in a new tab</Group>
          </Anchor>
        )}
        <Button size="xs" disabled={disabled} onClick={() => onAnswer(elicitResult("accept"))}>
          Completed (accept)
        </Button>
        <Button size="xs" variant="default" disabled={disabled} onClick={() => onAnswer(elicitResult("decline"))}>
          Decline
        </Button>
        <Button size="xs" variant="subtle" color="gray" disabled={disabled} onClick={() => onAnswer(elicitResult("cancel"))}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
