import { Badge, Button, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { IconEye, IconGitCompare } from "@tabler/icons-react";
import { formatSize } from "./format-size";
import type { SessionSummary } from "@mcp-inspect/core";

/** One recorded session in the drawer: what it inspected, when, how big, which protocol it spoke, and how to open it. */
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
          {summary.protocol && (
            <Tooltip label={summary.protocol.era === "modern" ? "2026-07-28 era: server/discover, a _meta envelope per request" : "2025 era: initialize"}>
              <Badge size="xs" variant="outline" color={summary.protocol.era === "modern" ? "blue" : "gray"} style={{ flexShrink: 0 }} data-testid="session-protocol" data-era={summary.protocol.era}>
                {summary.protocol.version}
              </Badge>
            </Tooltip>
          )}
          <Text size="xs" c="dimmed" className="mono" truncate>
            {summary.id}
          </Text>
        </Group>
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
