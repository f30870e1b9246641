import { Alert, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import type { LoggingLevel } from "@modelcontextprotocol/client";
import { IconSearch } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { RpcErrorAlert } from "../../ui/RpcErrorAlert";
import { filterLogEntries, toLogEntry } from "./log-entries";
import { isLogLevel, LOG_LEVELS } from "./log-levels";
import { LogEntryRow } from "./LogEntryRow";
import { useLogLevel } from "./useLogLevel";
import { useServerNotifications } from "./useServerNotifications";

// Rendering thousands of rows at once stalls the page; the newest ones are what people look at.
const MAX_ROWS = 1000;

/** The server's notifications/message log: set the server's level, filter by level and text. */
export function LoggingPanel() {
  const entries = useServerNotifications("notifications/message", toLogEntry);
  const logLevel = useLogLevel();
  const [minLevel, setMinLevel] = useState<string>("debug");
  const [search, setSearch] = useState("");
  const shown = useMemo(() => filterLogEntries(entries, { minLevel, search }), [entries, minLevel, search]);
  const rows = shown.slice(-MAX_ROWS);
  return (
    <Stack gap={0} h="100%" data-testid="logging-panel">
      <Group gap="md" p="sm" align="flex-end" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}>
        <Select
          label="Server log level"
          description={logLevel.perRequest ? "sent in each request's _meta (2026-07-28)" : "sent as logging/setLevel"}
          placeholder={logLevel.supported ? "not set" : "not declared"}
          data={[...LOG_LEVELS]}
          value={logLevel.level ?? null}
          onChange={(value) => isLogLevel(value) && logLevel.setLevel(value as LoggingLevel)}
          disabled={!logLevel.supported || !logLevel.ready || logLevel.pending}
          w={200}
          allowDeselect={false}
          data-testid="set-log-level"
        />
        <Select label="Show" description="in this view" data={LOG_LEVELS.map((l) => ({ value: l, label: `${l} and above` }))} value={minLevel} onChange={(v) => v && setMinLevel(v)} w={180} allowDeselect={false} data-testid="log-filter-level" />
        <TextInput label="Search log" description="text, logger or level" leftSection={<IconSearch size={14} />} placeholder="text or logger" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={220} />
        <Text size="xs" c="dimmed" data-testid="logging-count">
          {shown.length} of {entries.length} message{entries.length === 1 ? "" : "s"}
        </Text>
      </Group>
      {!logLevel.supported && (
        <Alert color="gray" py={6} radius={0}>
          This server does not declare the logging capability, so logging/setLevel is not offered. Messages it sends anyway still show here.
        </Alert>
      )}
      {logLevel.error !== undefined && <RpcErrorAlert error={logLevel.error} />}
      <div style={{ flex: 1, overflow: "auto" }} data-testid="log-entries">
        {shown.length > rows.length && (
          <Text size="xs" c="dimmed" p="xs" ta="center">
            {shown.length - rows.length} older messages not shown; narrow the filter to see them.
          </Text>
        )}
        {rows.map((entry) => (
          <LogEntryRow key={entry.seq} entry={entry} />
        ))}
        {entries.length === 0 && (
          <Text size="sm" c="dimmed" p="md" ta="center">
            No notifications/message yet.
          </Text>
        )}
      </div>
    </Stack>
  );
}
