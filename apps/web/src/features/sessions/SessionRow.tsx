import { Badge, Button, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { IconEye, IconGitCompare } from "@tabler/icons-react";
import { formatSize } from "./format-size";
import type { SessionSummary } from "./sessions-api";

/** One recorded session in the drawer: what it inspected, when, how big, and how to open it. */
export function SessionRow({ summary, onOpen, onCompare, busy }: { summary: SessionSummary; onOpen: () => void; onCompare?: () => void; busy: boolean }) {
  const started = summary.startedAt ?? summary.modifiedAt;
  return (
    <Paper withBorder p="xs" data-testid="session-row" data-id={summary.id} data-current={summary.current ? "true" : undefined}>
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm" className="mono" truncate data-testid="session-target" title={summary.target}>
            {summary.target ?? summary.id}
          </Text>
          {summary.current && (
            <Badge size="xs" color="green" variant="light" style={{ flexShrink: 0 }} data-testid="session-current">
              current
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" data-testid="session-started">
            {new Date(started).toLocaleString()}
          </Text>
          <Text size="xs" c="dimmed" className="mono" data-testid="session-size">
            {formatSize(summary.size)}
          </Text>
          <Text size="xs" c="dimmed" className="mono" truncate>
            {summary.id}
          </Text>
        </Group>
        {summary.error && (
          <Text size="xs" c="red" data-testid="session-error">
            {summary.error}
          </Text>
        )}
        <Group gap="xs">
          <Button size="compact-xs" variant="light" leftSection={<IconEye size={12} />} onClick={onOpen} loading={busy} aria-label={`Open ${summary.id} read-only`} data-testid="open-session">
            Open read-only
          </Button>
          {onCompare && (
            <Tooltip label="Compare this session with the current one">
              <Button size="compact-xs" variant="default" leftSection={<IconGitCompare size={12} />} onClick={onCompare} disabled={busy} data-testid="compare-session">
                Compare with current
              </Button>
            </Tooltip>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
