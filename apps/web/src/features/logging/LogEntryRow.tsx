import { Badge, Code, Group, Text } from "@mantine/core";
import { formatSessionTime } from "../../ui/format";
import type { LogEntry } from "./log-entries";
import { levelColor } from "./log-levels";

/** One notifications/message: time, level badge, logger, and the data (pretty JSON when structured). */
export function LogEntryRow({ entry }: { entry: LogEntry }) {
  const multiline = entry.text.includes("\n");
  return (
    <div data-testid="log-entry" data-level={entry.level} style={{ padding: "4px var(--mantine-spacing-sm)", borderBottom: "1px solid var(--mantine-color-default-border)" }}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed" className="mono" style={{ flexShrink: 0 }}>
          {formatSessionTime(entry.t)}
        </Text>
        <Badge size="sm" w={86} color={levelColor(entry.level)} variant={entry.level === "debug" ? "light" : "filled"} tt="none" style={{ flexShrink: 0 }} data-testid="log-entry-level">
          {entry.level}
        </Badge>
        {entry.logger && (
          <Text size="xs" fw={600} className="mono" style={{ flexShrink: 0 }}>
            [{entry.logger}]
          </Text>
        )}
        {!multiline && (
          <Text size="sm" className="mono" style={{ wordBreak: "break-word", whiteSpace: "pre-wrap" }}>
            {entry.text}
          </Text>
        )}
      </Group>
      {multiline && (
        <Code block mt={4} fz="xs" mah={240} style={{ overflow: "auto" }}>
          {entry.text}
        </Code>
      )}
    </div>
  );
}
