import { Accordion, Badge, Group, ScrollArea, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { JsonBlock } from "../../ui/JsonBlock";
import { useSession } from "../../client/useSession";
import { formatDuration } from "../../ui/format";
import { recordedToolCalls } from "./tool-calls";

/** The tool calls of the shown session: arguments and what came back, from its request/response pairs. */
export function RecordedCalls() {
  const { snapshot } = useSession();
  const calls = useMemo(() => recordedToolCalls(snapshot.frames), [snapshot.frames]);
  if (calls.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="md" data-testid="recorded-calls-empty">
        This session has no tool calls.
      </Text>
    );
  }
  return (
    <ScrollArea flex={1}>
      <Accordion multiple variant="separated" p="sm" data-testid="recorded-calls">
        {calls.map((call) => (
          <Accordion.Item key={call.seq} value={String(call.seq)} data-testid="recorded-call" data-tool={call.name}>
            <Accordion.Control>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" fw={600} className="mono">
                  {call.name}
                </Text>
                <Text size="xs" c="dimmed" className="mono">
                  #{call.seq}
                </Text>
                <Status error={call.error !== undefined} isError={isToolError(call.result)} answered={call.result !== undefined || call.error !== undefined} />
                {call.durationMs !== undefined && (
                  <Text size="xs" c="dimmed" className="mono">
                    {formatDuration(call.durationMs)}
                  </Text>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="xs" fw={600}>Arguments</Text>
                <JsonBlock value={call.arguments} maxHeight={240} testId="recorded-call-args" />
                <Text size="xs" fw={600}>{call.error ? "Error" : "Result"}</Text>
                {call.error || call.result !== undefined ? (
                  <JsonBlock value={call.error ?? call.result} maxHeight={360} testId="recorded-call-result" />
                ) : (
                  <Text size="xs" c="dimmed">No response was recorded.</Text>
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </ScrollArea>
  );
}

function isToolError(result: unknown): boolean {
  return typeof result === "object" && result !== null && (result as { isError?: unknown }).isError === true;
}

function Status({ error, isError, answered }: { error: boolean; isError: boolean; answered: boolean }) {
  if (!answered) return <Badge size="xs" color="gray" variant="light">no response</Badge>;
  if (error) return <Badge size="xs" color="red" variant="light">JSON-RPC error</Badge>;
  if (isError) return <Badge size="xs" color="orange" variant="light">isError</Badge>;
  return <Badge size="xs" color="green" variant="light">ok</Badge>;
}
