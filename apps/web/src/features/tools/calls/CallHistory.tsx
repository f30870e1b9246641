import { Badge, Button, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconPlayerPlay } from "@tabler/icons-react";
import { formatDuration } from "../../../ui/format";
import type { HistoryEntry } from "./call-history";
import { argsSummary, statusLabel, timeOfDay } from "./call-summary";
import classes from "./CallHistory.module.css";

const COLORS: Record<string, string> = { ok: "green", "tool-error": "red", "rpc-error": "red", cancelled: "gray", "timed-out": "orange" };

interface CallHistoryProps {
  entries: readonly HistoryEntry[];
  /** The entry whose result is shown above, if one was picked. */
  viewing: number | undefined;
  onView: (id: number) => void;
  onRunAgain: (args: Record<string, unknown>) => void;
  busy: boolean;
}

/** This tool's calls in this page session, newest first: click one to see its result, or run it again. */
export function CallHistory({ entries, viewing, onView, onRunAgain, busy }: CallHistoryProps) {
  if (entries.length === 0) return null;
  return (
    <Stack gap={4} data-testid="call-history">
      <Text size="xs" fw={600} c="dimmed">
        History ({entries.length})
      </Text>
      {entries.map((entry) => (
        <Group key={entry.id} gap="xs" wrap="nowrap" className={classes.entry} data-selected={entry.id === viewing || undefined} data-testid="call-history-entry" data-status={entry.call.status}>
          <UnstyledButton className={classes.view} onClick={() => onView(entry.id)} aria-label={`Show the call of ${timeOfDay(entry.at)}`}>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" className="mono" c="dimmed">
                {timeOfDay(entry.at)}
              </Text>
              <Badge size="xs" color={COLORS[entry.call.status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
                {statusLabel(entry.call)}
              </Badge>
              <Text size="xs" c="dimmed" miw={56} style={{ flexShrink: 0 }}>
                {formatDuration(entry.call.durationMs)}
              </Text>
              <Text size="xs" className="mono" truncate>
                {argsSummary(entry.call.args)}
              </Text>
            </Group>
          </UnstyledButton>
          <Button size="compact-xs" variant="subtle" leftSection={<IconPlayerPlay size={12} />} disabled={busy} onClick={() => onRunAgain(entry.call.args)}>
            Run again
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
