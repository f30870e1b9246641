import { Badge, Code, Group, Stack, Text } from "@mantine/core";
import type { ContentBlock } from "@modelcontextprotocol/client";
import { ContentItem } from "../content";

/** Something the app told its host: a message for the conversation, model context, a link, a log line. */
export interface AppEvent {
  id: number;
  kind: "message" | "model-context" | "open-link" | "log" | "teardown-request";
  summary: string;
  detail?: unknown;
}

const COLORS: Record<AppEvent["kind"], string> = { message: "blue", "model-context": "grape", "open-link": "orange", log: "gray", "teardown-request": "red" };

/** What the app said to its host, newest first; the model context shown is the latest (each update replaces it). */
export function AppActivity({ events, modelContext }: { events: readonly AppEvent[]; modelContext: Record<string, unknown> | undefined }) {
  if (events.length === 0 && !modelContext) return null;
  return (
    <Stack gap={4} data-testid="app-activity">
      {modelContext && (
        <Stack gap={2} data-testid="app-model-context">
          <Text size="xs" fw={500}>Model context (latest ui/update-model-context)</Text>
          {Array.isArray(modelContext["content"]) &&
            (modelContext["content"] as ContentBlock[]).map((block, i) => <ContentItem key={i} item={block} />)}
          {modelContext["structuredContent"] !== undefined && <Code block fz="xs">{JSON.stringify(modelContext["structuredContent"], null, 2)}</Code>}
        </Stack>
      )}
      {[...events].reverse().slice(0, 50).map((event) => (
        <Group key={event.id} gap="xs" wrap="nowrap" data-testid="app-event" data-kind={event.kind}>
          <Badge size="xs" variant="light" color={COLORS[event.kind]} tt="none" style={{ flexShrink: 0 }}>
            {event.kind}
          </Badge>
          <Text size="xs" className="mono" truncate>
            {event.summary}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
