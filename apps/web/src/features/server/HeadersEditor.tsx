import { ActionIcon, Alert, Button, Group, PasswordInput, Stack, Text, TextInput, Title, Tooltip } from "@mantine/core";
import { IconArrowBackUp, IconPlugConnected, IconPlus, IconTrash } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { emptyDraft, planHeaders, type HeadersDraft } from "./headers-draft";
import { useApplyHeaders, useServerHeaders } from "./useServerHeaders";

const NAME_WIDTH = 170;
const VALUE_WIDTH = 240;

/**
 * The custom headers a remote server gets with every request: shown masked, changed, removed or added,
 * then applied (the backend reconnects with them). A value typed here is sent once and forgotten.
 */
export function HeadersEditor({ token, server }: { token: string; server: string }) {
  const headers = useServerHeaders(token, server);
  const { state, apply } = useApplyHeaders(token, server);
  const [draft, setDraft] = useState<HeadersDraft>(emptyDraft);
  const [nextKey, setNextKey] = useState(1);
  const current = useMemo(() => Object.entries(headers.data ?? {}), [headers.data]);
  const plan = useMemo(() => planHeaders(current.map(([name]) => name), draft), [current, draft]);
  const dirty = Object.keys(plan.change).length > 0;
  const edit = (next: Partial<HeadersDraft>) => setDraft((d) => ({ ...d, ...next }));
  const toggleRemoved = (name: string) => {
    const removed = new Set(draft.removed);
    if (!removed.delete(name)) removed.add(name);
    edit({ removed });
  };
  const submit = async () => {
    if (await apply(plan.change)) setDraft(emptyDraft);
  };

  return (
    <Stack gap="xs" data-testid="headers-editor">
      <Title order={4} size="h6">
        Headers
      </Title>
      <Text size="xs" c="dimmed">
        Sent with every request to the server. Values are masked here, in the log and in the session file; a new value is sent to mcp-inspect once and not kept by this page.
      </Text>
      {headers.isError && <Text size="sm" c="red">Could not read the headers: {headers.error.message}</Text>}
      {headers.isSuccess && current.length === 0 && draft.added.length === 0 && (
        <Text size="sm" c="dimmed">
          No custom headers.
        </Text>
      )}
      {/* Indented like the label column of the tables above. */}
      <Stack gap="xs" pl="xs">
        {current.map(([name, masked]) => {
          const removed = draft.removed.has(name);
          return (
            <Group key={name} gap="xs" wrap="nowrap" data-testid="header-row" data-name={name}>
              <Text size="sm" className="mono" w={NAME_WIDTH} td={removed ? "line-through" : undefined} c={removed ? "dimmed" : undefined} style={{ wordBreak: "break-all" }}>
                {name}
              </Text>
              <Text size="sm" className="mono" c="dimmed" style={{ flex: 1, wordBreak: "break-all" }} data-testid="header-masked">
                {removed ? "removed when applied" : masked}
              </Text>
              {!removed && (
                <PasswordInput
                  size="xs"
                  w={VALUE_WIDTH}
                  aria-label={`New value for ${name}`}
                  placeholder="new value (empty: keep)"
                  autoComplete="new-password"
                  value={draft.values[name] ?? ""}
                  onChange={(e) => edit({ values: { ...draft.values, [name]: e.currentTarget.value } })}
                />
              )}
              <Tooltip label={removed ? "Keep it" : "Remove"}>
                <ActionIcon variant="subtle" color="gray" aria-label={removed ? `Keep ${name}` : `Remove ${name}`} onClick={() => toggleRemoved(name)}>
                  {removed ? <IconArrowBackUp size={14} /> : <IconTrash size={14} />}
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
        {draft.added.map((row, i) => (
          <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start" data-testid="new-header-row">
            <TextInput
              size="xs"
              aria-label={`Name of new header ${i + 1}`}
              placeholder="X-Name"
              value={row.name}
              onChange={(e) => edit({ added: draft.added.map((r) => (r.key === row.key ? { ...r, name: e.currentTarget.value } : r)) })}
              error={plan.problems.get(row.key)}
              styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
              style={{ flex: 1 }}
            />
            <PasswordInput
              size="xs"
              w={VALUE_WIDTH}
              aria-label={`Value of new header ${i + 1}`}
              placeholder="value"
              autoComplete="new-password"
              value={row.value}
              onChange={(e) => edit({ added: draft.added.map((r) => (r.key === row.key ? { ...r, value: e.currentTarget.value } : r)) })}
            />
            <Tooltip label="Remove">
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove new header ${i + 1}`} onClick={() => edit({ added: draft.added.filter((r) => r.key !== row.key) })}>
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
      </Stack>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            edit({ added: [...draft.added, { key: nextKey, name: "", value: "" }] });
            setNextKey(nextKey + 1);
          }}
        >
          Add header
        </Button>
        <Button size="xs" leftSection={<IconPlugConnected size={14} />} disabled={!dirty || plan.problems.size > 0} loading={state.status === "pending"} onClick={() => void submit()}>
          Apply and reconnect
        </Button>
        {(dirty || draft.added.length > 0) && (
          <Button size="xs" variant="subtle" color="gray" onClick={() => setDraft(emptyDraft)}>
            Discard changes
          </Button>
        )}
        {state.status === "applied" && !dirty && (
          <Text size="sm" c="teal" data-testid="headers-applied">
            Applied: the server reconnects with these headers.
          </Text>
        )}
      </Group>
      {state.status === "error" && (
        <Alert color="red" py={6} data-testid="headers-error" title="The headers were not changed">
          {state.message}
        </Alert>
      )}
    </Stack>
  );
}
