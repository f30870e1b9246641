import { Badge, Stack, Table, Title } from "@mantine/core";
import type { HttpSessionTarget } from "@mcp-inspect/core";
import type { ReactNode } from "react";
import { useSession } from "../../client/useSession";
import { httpFacts } from "./http-facts";

const TRANSPORT_NAMES = { "streamable-http": "Streamable HTTP", sse: "HTTP+SSE (deprecated)" } as const;

/** The HTTP facts of a remote connection: transport, session id, protocol version header, the GET stream, headers (masked). */
export function HttpFacts({ target }: { target: HttpSessionTarget }) {
  const { snapshot } = useSession();
  const facts = httpFacts(snapshot.frames, target);
  const headers = Object.entries(facts.headers);
  return (
    <Stack gap={4} data-testid="http-facts">
      <Title order={4} size="h6">
        HTTP
      </Title>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" layout="fixed" aria-label="HTTP connection">
        <Table.Tbody>
          <Row label="Transport" testId="http-transport">
            {facts.transport ? TRANSPORT_NAMES[facts.transport] : "not known yet"}
            {target.transport === "auto" && facts.transport === "sse" && (
              <Badge ml="xs" size="xs" variant="light" color="yellow" tt="none">
                fell back from Streamable HTTP
              </Badge>
            )}
          </Row>
          <Row label="Mcp-Session-Id" testId="http-session-id">{facts.sessionId ?? "none"}</Row>
          <Row label="MCP-Protocol-Version" testId="http-protocol-version">{facts.protocolVersion ?? "not sent yet"}</Row>
          {facts.routing && (
            <Row label="Mcp-Method / Name / Param" testId="http-routing">
              {Object.entries(facts.routing)
                .map(([name, value]) => `${name}: ${value}`)
                .join(" · ")}
            </Row>
          )}
          <Row label="Last response" testId="http-last-response">
            {facts.last ? `${facts.last.method} ${facts.last.status}${facts.last.contentType ? ` (${facts.last.contentType})` : ""}` : "none yet"}
          </Row>
          <Row label="Server stream" testId="http-stream">
            {facts.streamOpen ? "open (GET)" : "closed"}
            {facts.resumptions > 0 && ` — resumed ${facts.resumptions}× with Last-Event-ID`}
          </Row>
          {headers.length > 0 && (
            <Row label="Headers sent" testId="http-headers">
              <Stack gap={0}>
                {headers.map(([name, value]) => (
                  <span key={name}>
                    {name}: {value}
                  </span>
                ))}
              </Stack>
            </Row>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Same look as the Server panel's rows. */
function Row({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={170} fw={500} c="dimmed" fz="sm">
        {label}
      </Table.Th>
      <Table.Td className="mono" fz="sm" style={{ wordBreak: "break-all" }} data-testid={testId}>
        {children}
      </Table.Td>
    </Table.Tr>
  );
}
