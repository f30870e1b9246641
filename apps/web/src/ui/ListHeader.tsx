import { ActionIcon, Group, Text, Tooltip } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";

/** Title and count of a list column, with a refresh button. */
export function ListHeader({ title, count, onRefresh, refreshing }: { title: string; count?: number | undefined; onRefresh?: () => void; refreshing?: boolean }) {
  return (
    <Group justify="space-between" px="sm" py={6} wrap="nowrap" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
        {count !== undefined && ` (${count})`}
      </Text>
      {onRefresh && (
        <Tooltip label={`Refresh ${title.toLowerCase()}`}>
          <ActionIcon size="sm" onClick={onRefresh} loading={refreshing} aria-label={`Refresh ${title.toLowerCase()}`}>
            <IconRefresh size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
