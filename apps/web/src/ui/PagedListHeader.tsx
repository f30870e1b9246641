import { Badge, Button, Group, Switch, Text, Tooltip } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { ListHeader } from "./ListHeader";
import type { Paging } from "../client/useServerList";

interface PagedListHeaderProps {
  title: string;
  count?: number | undefined;
  onRefresh?: (() => void) | undefined;
  refreshing?: boolean;
  paging: Paging;
  /** The server just said this list changed (and it was refetched). */
  updated?: boolean;
  testId: string;
}

/** A list's header plus the "Page by page" switch (Previous/Next when on) and a brief "updated" cue. */
export function PagedListHeader({ title, count, onRefresh, refreshing, paging, updated, testId }: PagedListHeaderProps) {
  return (
    <div data-testid={testId}>
      <ListHeader title={paging.pageByPage ? `${title} · page ${paging.pageNumber}` : title} count={count} onRefresh={onRefresh} refreshing={refreshing} />
      <Group justify="space-between" px="sm" py={4} gap="xs" wrap="nowrap" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}>
        <Tooltip label="Show one page of the server's list at a time, to debug its pagination" openDelay={400}>
          <Switch size="xs" label="Page by page" checked={paging.pageByPage} onChange={(e) => paging.setPageByPage(e.currentTarget.checked)} />
        </Tooltip>
        {updated && (
          <Badge size="xs" color="teal" variant="light" data-testid="list-updated" className="list-updated-cue">
            updated
          </Badge>
        )}
        {paging.pageByPage && (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" leftSection={<IconChevronLeft size={12} />} disabled={!paging.hasPrevious} onClick={paging.previous}>
              Previous
            </Button>
            <Button size="compact-xs" variant="default" rightSection={<IconChevronRight size={12} />} disabled={!paging.hasNext} onClick={paging.next}>
              Next
            </Button>
          </Group>
        )}
      </Group>
      {paging.cache && (
        <Text size="xs" c="dimmed" className="mono" px="sm" data-testid={`${testId ?? "list"}-cache`} title="The server's cache hint (2026-07-28): the list is refetched once it is older than this">
          {describeCacheHint(paging.cache)}
        </Text>
      )}
      {paging.pageByPage && (
        <Text size="xs" c="dimmed" px="sm" py={2} className="mono" truncate data-testid="page-cursor">
          cursor {paging.cursor === undefined ? "(none: first page)" : JSON.stringify(paging.cursor)} → next {paging.nextCursor === undefined ? "(none: last page)" : JSON.stringify(paging.nextCursor)}
        </Text>
      )}
    </div>
  );
}

/** "fresh for 5 s · private": a 2026-07-28 cache hint in a few words. */
export function describeCacheHint(hint: { ttlMs?: number; cacheScope?: string }): string {
  const fresh = hint.ttlMs === undefined ? undefined : hint.ttlMs === 0 ? "not cached (ttlMs 0)" : `fresh for ${hint.ttlMs / 1000} s`;
  return [fresh, hint.cacheScope].filter(Boolean).join(" · ");
}
