import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { IconExternalLink, IconRefresh } from "@tabler/icons-react";
import { openableUrl } from "../../client-requests";
import { describeError } from "../../../ui/describe-error";

/** JSON-RPC error of a request that needs the person to visit a URL first (URLElicitationRequiredError). */
export const URL_ELICITATION_REQUIRED = -32042;

interface UrlElicitation {
  url: string | undefined;
  message: string | undefined;
}

/** The URL elicitations a -32042 error asks for, or undefined when the error is another one. */
export function urlElicitationsOf(error: unknown): UrlElicitation[] | undefined {
  const described = describeError(error);
  const code = (error as { code?: unknown })?.code;
  if (code !== URL_ELICITATION_REQUIRED) return undefined;
  const data = described.kind === "json-rpc" ? described.data : (error as { data?: unknown }).data;
  const list = (data as { elicitations?: unknown } | undefined)?.elicitations;
  if (!Array.isArray(list)) return [];
  return list.map((e) => {
    const entry = (e ?? {}) as { url?: unknown; message?: unknown };
    return { url: openableUrl(entry.url), message: typeof entry.message === "string" ? entry.message : undefined };
  });
}

/** Instead of the raw error JSON: what to open, and a retry of the same call once done there. */
export function UrlElicitationRequired({ elicitations, onRetry, disabled }: { elicitations: UrlElicitation[]; onRetry?: (() => void) | undefined; disabled?: boolean }) {
  return (
    <Alert color="blue" variant="light" icon={<IconExternalLink size={18} />} title="The server needs you to open a page first" data-testid="url-elicitation-required">
      <Stack gap={6}>
        {elicitations.length === 0 && <Text size="xs">It named no URL (error -32042 without data.elicitations).</Text>}
        {elicitations.map((e, i) => (
          <Stack key={i} gap={2}>
            {e.message && <Text size="sm">{e.message}</Text>}
            {e.url ? (
              <Anchor href={e.url} target="_blank" rel="noopener noreferrer" size="sm" className="mono" data-testid="url-elicitation-link">
                {e.url}
              </Anchor>
            ) : (
              <Text size="xs" c="orange">No http(s) URL to open.</Text>
            )}
          </Stack>
        ))}
        {onRetry && (
          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={onRetry} disabled={disabled} w="fit-content" data-testid="retry-call">
            Retry call
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
