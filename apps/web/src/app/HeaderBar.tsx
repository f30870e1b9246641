import { Badge, Button, Group, Text, Tooltip } from "@mantine/core";
import { IconRefresh, IconStethoscope } from "@tabler/icons-react";
import { ChecksSummaryBadge } from "../features/checks";
import { RequestsButton } from "../features/client-requests";
import { useSession } from "../client/useSession";
import { useLastServer } from "../client/useLastServer";
import { ColorSchemeToggle } from "../ui/ColorSchemeToggle";
import { ConnectionBadge } from "./ConnectionBadge";
import { describeTarget, eraOf } from "@mcp-inspect/core";
import { ExportButton } from "../features/sessions";
import { ImportButton } from "../features/sessions";
import { SessionsButton } from "../features/sessions";
import { useSessions } from "../features/sessions";
import { ServerTabs } from "../features/workspace";
import { useServerTabsShown } from "../features/workspace";

/** Product name, the server tabs (several servers), who this server is, the connection state and the global actions. */
export function HeaderBar() {
  const { snapshot, restart, feed } = useSession();
  const server = useLastServer(snapshot.connection);
  const relayOpen = snapshot.relay.state === "open";
  // A recorded session: nothing to restart, answer or export (export reads the live recording).
  const { opened, home } = useSessions();
  // A proxied session is read-only too: its client drives the server; this page cannot send, restart or export it.
  const readOnly = opened !== undefined || feed !== undefined;
  // `mcp-inspect open`: a recording and no server at all, so nothing to restart (not even a disabled button).
  const recordingOnly = home !== undefined || feed !== undefined;
  // The tabs need the room (the icon still says which app this is, the tab which server), and the name some of it.
  const tabs = useServerTabsShown();
  const showTitle = !tabs && server?.title && server.title !== server.name;
  return (
    <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
      <Group gap={tabs ? "sm" : "md"} wrap="nowrap" miw={0}>
        <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
          <IconStethoscope size={20} color="var(--mantine-primary-color-filled)" aria-label="mcp-inspect" />
          {!tabs && (
            <Text fw={700} size="sm" style={{ whiteSpace: "nowrap" }}>
              mcp-inspect
            </Text>
          )}
        </Group>
        <ServerTabs />
        <Group gap={6} wrap="nowrap" miw={tabs ? 100 : 0} style={{ flexShrink: 1, overflow: "hidden" }}>
          {server ? (
            <>
              {/* The server names itself: each part is cut to a width (full text in the tooltip), so a
                  500-character version cannot push the header over the tabs. */}
              {showTitle && (
                <Tooltip label={server.title} multiline maw={480} openDelay={300}>
                  <Text size="sm" fw={600} truncate maw={240}>
                    {server.title}
                  </Text>
                </Tooltip>
              )}
              <Tooltip label={server.name} multiline maw={480} openDelay={300}>
                <Text size="sm" className="mono" fw={showTitle ? 400 : 600} c={showTitle ? "dimmed" : undefined} data-testid="server-name" truncate maw={240}>
                  {server.name}
                </Text>
              </Tooltip>
              <Tooltip label={server.version} multiline maw={480} openDelay={300} style={{ overflowWrap: "anywhere" }}>
                <Text size="xs" c="dimmed" className="mono" data-testid="server-version" truncate maw={120}>
                  {server.version}
                </Text>
              </Tooltip>
            </>
          ) : (
            <Text size="sm" c="dimmed" className="mono" truncate data-testid="target-command">
              {snapshot.header ? describeTarget(snapshot.header.target) : "connecting…"}
            </Text>
          )}
        </Group>
        {feed && !opened ? (
          <Tooltip label={`${feed.client ?? "The client"} drives this server through mcp-inspect proxy: the inspector only watches`}>
            <Badge color={feed.state === "live" ? "teal" : "gray"} variant="light" style={{ flexShrink: 0 }} data-testid="readonly-badge">
              {feed.state === "live" ? "live · read-only" : "ended · read-only"}
            </Badge>
          </Tooltip>
        ) : readOnly ? (
          <Badge color="blue" variant="light" style={{ flexShrink: 0 }} data-testid="readonly-badge">
            read-only
          </Badge>
        ) : (
          <ConnectionBadge state={snapshot.connection} />
        )}
        <ChecksSummaryBadge />
        {server && (
          <Tooltip label={eraOf(server.protocolVersion) === "modern" ? "Negotiated MCP revision: the modern era (server/discover, no session)" : "Negotiated MCP revision: the legacy era (initialize)"}>
            <Badge variant="outline" color={eraOf(server.protocolVersion) === "modern" ? "teal" : "gray"} tt="none" style={{ flexShrink: 0 }} data-testid="protocol-badge">
              MCP <span className="mono" data-testid="protocol-version">{server.protocolVersion}</span>
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {!recordingOnly && <SessionsButton />}
        <ImportButton />
        {!readOnly && <ExportButton />}
        {!readOnly && <RequestsButton />}
        {!recordingOnly && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={14} />}
            onClick={restart}
            disabled={!relayOpen || readOnly}
            data-testid="restart-server"
          >
            Restart server
          </Button>
        )}
        <ColorSchemeToggle />
      </Group>
    </Group>
  );
}
