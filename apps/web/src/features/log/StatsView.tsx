import { ScrollArea, Table, Text } from "@mantine/core";
import { useMemo } from "react";
import { formatDuration } from "../../ui/format";
import { exchangeLatency } from "./exchange-latency";
import type { ExchangeIndex } from "./exchange-index";

const DIRECTIONS = ["client->server", "server->client", "app->host", "host->app"] as const;

/** Statistics per method and per tool (count, errors and error rate, p50, p95, p99, max) of the requests each side sent, apps' apart. */
export function StatsView({ exchanges, active }: { exchanges: ExchangeIndex; active: boolean }) {
  // The log's own index, kept current as frames arrive: opening the tab reads it, never rebuilds it.
  const version = exchanges.version;
  // Recomputed only while shown, and only when a response (or progress, cancel) arrived.
  const [client = [], server = [], fromApps = [], toApps = []] = useMemo(
    () => (active ? DIRECTIONS.map((dir) => exchangeLatency(exchanges.all(), dir)) : []),
    [active, exchanges, version],
  );
  return (
    <ScrollArea flex={1} data-testid="latency-stats">
      {client.length === 0 && server.length === 0 && fromApps.length === 0 && toApps.length === 0 ? (
        <Text size="xs" c="dimmed" p="sm">
          No answered requests yet.
        </Text>
      ) : (
        <>
          <StatsTable title="Requests to the server" rows={client} />
          {server.length > 0 && <StatsTable title="Requests to the client (includes your answer time)" rows={server} />}
          {/* Apps' requests apart: the host answers them in the page (an app's tools/call is also in the first table, as the host's proxied call). */}
          {fromApps.length > 0 && <StatsTable title="Requests from MCP Apps to the inspector (host)" rows={fromApps} testId="latency-app-host" />}
          {toApps.length > 0 && <StatsTable title="Requests from the inspector (host) to MCP Apps" rows={toApps} testId="latency-host-app" />}
        </>
      )}
    </ScrollArea>
  );
}

function StatsTable({ title, rows, testId }: { title: string; rows: ReturnType<typeof exchangeLatency>; testId?: string }) {
  return (
    <>
      <Text size="xs" fw={600} px="xs" pt="xs">
        {title}
      </Text>
      <Table fz="xs" striped highlightOnHover className="mono" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>method / tool</Table.Th>
            <Table.Th ta="right">count</Table.Th>
            <Table.Th ta="right" title="JSON-RPC errors and tool results with isError: true">errors</Table.Th>
            <Table.Th ta="right">p50</Table.Th>
            <Table.Th ta="right">p95</Table.Th>
            <Table.Th ta="right">p99</Table.Th>
            <Table.Th ta="right">max</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-testid="latency-row" data-key={r.key}>
              <Table.Td pl={r.key.includes(" ") ? "lg" : undefined}>{r.key}</Table.Td>
              <Table.Td ta="right">{r.count}</Table.Td>
              <Table.Td ta="right" c={r.errors > 0 ? "red" : "dimmed"} data-testid="latency-errors">
                {r.errors > 0 ? `${r.errors} (${Math.round((r.errors / r.count) * 100)}%)` : "0"}
              </Table.Td>
              <Table.Td ta="right" data-testid="latency-p50">{formatDuration(r.p50)}</Table.Td>
              <Table.Td ta="right">{formatDuration(r.p95)}</Table.Td>
              <Table.Td ta="right">{formatDuration(r.p99)}</Table.Td>
              <Table.Td ta="right">{formatDuration(r.max)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
