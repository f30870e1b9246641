import { Accordion, Badge, Group, Stack, Text, Title } from "@mantine/core";
import type { CallPair, CallStatus } from "./call-pairs";
import { SideBySide } from "./SideBySide";

const STATUS_COLOR: Record<CallStatus, string> = { same: "gray", differs: "yellow", "only-a": "red", "only-b": "teal" };

/** Every call of either session: matched pairs (same or differing) and the ones only one side made. */
export function CallsSection({ pairs, labels }: { pairs: readonly CallPair[]; labels: readonly [string, string] }) {
  const statusText = (s: CallStatus) => (s === "only-a" ? `only in ${labels[0]}` : s === "only-b" ? `only in ${labels[1]}` : s);
  return (
    <Stack gap="sm" data-testid="calls-section">
      <Title order={4}>Calls</Title>
      {pairs.length === 0 ? (
        <Text size="sm" c="dimmed">
          Neither session called a tool, read a resource or got a prompt.
        </Text>
      ) : (
        <Accordion multiple variant="contained" chevronPosition="left">
          {pairs.map((p, i) => (
            <Accordion.Item key={i} value={String(i)} data-testid="call-diff" data-status={p.status}>
              <Accordion.Control aria-label={`${p.label} ${statusText(p.status)}`}>
                <Group gap="xs" wrap="nowrap">
                  <Badge color={STATUS_COLOR[p.status]}>{statusText(p.status)}</Badge>
                  <Text ff="monospace" size="sm" truncate>
                    {p.label}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace" truncate>
                    {argsPreview(p.params)}
                  </Text>
                  {p.diffs.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {p.diffs.length} {p.diffs.length === 1 ? "path" : "paths"}
                    </Text>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <SideBySide a={p.a && answerOf(p.a.response)} b={p.b && answerOf(p.b.response)} paths={p.diffs} labels={labels} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

// An unanswered call still shows, so "absent" never hides that it was made.
const answerOf = (response: unknown) => response ?? "(no response)";

function argsPreview(params: Record<string, unknown> | undefined): string {
  const args = params?.arguments;
  if (args === undefined) return "";
  const text = JSON.stringify(args);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
