import { Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { Client } from "@modelcontextprotocol/client";
import { IconHeartbeat } from "@tabler/icons-react";
import { useCallback, type ReactNode } from "react";
import { useTimedRequest } from "../../ui/useTimedRequest";
import { describeError } from "../../ui/describe-error";
import { formatDuration } from "../../ui/format";
import { useLastServer } from "../../client/useLastServer";
import { useSession } from "../../client/useSession";
import { useSessionInfo } from "../../client/useSessionInfo";
import { shellQuote } from "../../ui/shell-quote";
import { HeadersEditor } from "./HeadersEditor";
import { AddToClaudeCode } from "./AddToClaudeCode";
import { HttpFacts } from "./HttpFacts";
import { ProtocolSection } from "./ProtocolSection";
import { eraOf } from "@mcp-inspect/core";
import { JsonBlock } from "../../ui/JsonBlock";

/** Who the server says it is, what it can do, how it was started, and where the session is recorded. */
export function ServerPanel() {
  const { snapshot, token, server: serverId } = useSession();
  const info = useSessionInfo(token, serverId);
  const server = useLastServer(snapshot.connection);
  const header = snapshot.header ?? info.data?.header;
  const target = header?.target;
  return (
    <Stack gap="md" p="md" maw={1000} h="100%" style={{ overflow: "auto" }} data-testid="server-panel">
      <Section title="Server">
        <Row label="Name" value={server?.name} testId="server-info-name" />
        <Row label="Title" value={server?.title} />
        <Row label="Version" value={server?.version} />
        <Row label="Protocol version" value={server?.protocolVersion} testId="server-info-protocol" />
        <Row label="State" value={snapshot.connection.phase} />
      </Section>
      <ProtocolSection server={server} />
      <PingButton modern={server?.protocolVersion !== undefined && eraOf(server.protocolVersion) === "modern"} />
      {server?.instructions && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            Instructions
          </Title>
          <Text size="sm" className="pre-wrap" data-testid="server-instructions">
            {server.instructions}
          </Text>
        </Stack>
      )}
      {server && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            Capabilities
          </Title>
          <JsonBlock value={server.capabilities} testId="server-capabilities" />
        </Stack>
      )}
      {target?.type === "http" ? (
        <Section title="Target">
          <Row label="URL" value={target.url} testId="target-url" />
          <Row label="Transport" value={target.transport} />
          {/* Live, the editor below lists them as they are now; a recording has only the names it started with. */}
          {!serverId && target.headerNames.length > 0 && <Row label="Headers added" value={target.headerNames.join(", ")} />}
        </Section>
      ) : (
        <Section title="Target">
          <Row label="Command" value={target && shellQuote([target.command, ...target.args])} testId="target-command-line" />
          <Row label="Working directory" value={target?.cwd} />
          {target && target.envKeys.length > 0 && <Row label="Environment added" value={target.envKeys.join(", ")} />}
          {target?.demo && <Row label="Demo" value="the bundled demo server" />}
        </Section>
      )}
      {target?.type === "http" && serverId && <HeadersEditor token={token} server={serverId} />}
      {target?.type === "http" && <HttpFacts target={target} />}
      <AddToClaudeCode target={target} serverName={server?.name} />
      <Section title="Session">
        <Row label="Session file" value={info.data?.sessionFile} testId="session-file" />
        <Row label="Started at" value={header && new Date(header.startedAt).toLocaleString()} />
        <Row label="Session id" value={header?.id} />
        <Row label="Inspector" value={header && `${header.inspector.name} ${header.inspector.version}`} />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {title}
      </Title>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" layout="fixed">
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Stack>
  );
}

function Row({ label, value, testId }: { label: string; value: string | undefined; testId?: string }) {
  return (
    <Table.Tr>
      <Table.Th w={170} fw={500} c="dimmed" fz="sm">
        {label}
      </Table.Th>
      <Table.Td className="mono" fz="sm" style={{ wordBreak: "break-all" }} data-testid={testId}>
        {value ?? "—"}
      </Table.Td>
    </Table.Tr>
  );
}

/** Sends `ping` and shows the round trip (through the relay, so it includes the browser↔backend hop). */
function PingButton({ modern }: { modern: boolean }) {
  const { snapshot } = useSession();
  const client = snapshot.client;
  const ping = useCallback((signal: AbortSignal, c: Client) => c.ping({ signal }), []);
  const { result, run } = useTimedRequest(ping);
  // 2026-07-28 removed ping (a stateless protocol has no liveness to check); say so rather than send a doomed request.
  if (modern) {
    return (
      <Text size="sm" c="dimmed" data-testid="ping-unavailable">
        No ping in 2026-07-28: the revision removed it.
      </Text>
    );
  }
  return (
    <Group gap="sm">
      <Button variant="default" size="xs" leftSection={<IconHeartbeat size={14} />} disabled={!client} loading={result.status === "pending"} onClick={() => client && void run(client)}>
        Ping
      </Button>
      {result.status === "success" && (
        <Text size="sm" data-testid="ping-result" title="Round trip: browser → relay → server → browser">
          pong in <b>{formatDuration(result.durationMs)}</b>
        </Text>
      )}
      {result.status === "error" && (
        <Text size="sm" c="red" data-testid="ping-result">
          ping failed after {formatDuration(result.durationMs)}: {describeError(result.error).text}
        </Text>
      )}
    </Group>
  );
}
