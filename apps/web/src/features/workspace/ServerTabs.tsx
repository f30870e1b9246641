import { Badge, CloseButton, Group, Stack, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { describeTarget, type LiveServerInfo } from "@mcp-inspect/core";
import { useState } from "react";
import { AddServerMenu } from "./AddServerMenu";
import { CloseServerModal } from "./CloseServerModal";
import classes from "./ServerTabs.module.css";
import { useServerTabsShown, useWorkspace } from "./workspace-context";

/**
 * One tab per live server and the Add menu; nothing outside a workspace. With one server and one launcher
 * (a plain command line) there are no tabs yet, but the Add menu is there: a second instance of the
 * command line's target, to compare, as the CLI README promises.
 */
export function ServerTabs() {
  const workspace = useWorkspace();
  const shown = useServerTabsShown();
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState<LiveServerInfo>();
  if (!workspace) return null;
  if (!shown) return workspace.launchers.length > 0 ? <AddServerMenu /> : null;
  const { servers, active, select, close, pending } = workspace;
  const closable = servers.length > 1;
  return (
    <Group gap={4} wrap="nowrap" className={classes.strip} data-testid="server-tabs">
      <Group gap={4} wrap="nowrap" className={classes.tablist} role="tablist" aria-label="Servers">
        {servers.map((server) => (
          <ServerTab
            key={server.id}
            server={server}
            active={server.id === active}
            waiting={pending[server.id] ?? 0}
            onSelect={() => select(server.id)}
            onClose={
              closable
                ? () => {
                    setClosing(server);
                    setConfirming(true);
                  }
                : undefined
            }
          />
        ))}
      </Group>
      {/* `watch` has nothing to start: its tabs come from proxies. */}
      {workspace.launchers.length > 0 && <AddServerMenu />}
      <CloseServerModal
        server={closing}
        opened={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (closing) close(closing.id);
        }}
      />
    </Group>
  );
}

function ServerTab({ server, active, waiting, onSelect, onClose }: { server: LiveServerInfo; active: boolean; waiting: number; onSelect: () => void; onClose: (() => void) | undefined }) {
  const label = (
    <Stack gap={2}>
      <Text size="xs" className="mono">
        {describeTarget(server.header.target)}
      </Text>
      {server.sessionFile && (
        <Text size="xs" opacity={0.7} className="mono">
          recorded to {server.sessionFile}
        </Text>
      )}
    </Stack>
  );
  return (
    <div className={classes.tab} data-active={active || undefined} data-closable={onClose ? true : undefined} data-feed={server.feed ? true : undefined}>
      <Tooltip label={label} multiline maw={480}>
        <UnstyledButton className={classes.label} role="tab" aria-selected={active} onClick={onSelect} data-testid="server-tab" data-server-id={server.id} data-feed={server.feed?.state}>
          {server.name}
        </UnstyledButton>
      </Tooltip>
      {server.feed && (
        <Tooltip label={server.feed.state === "live" ? "Proxied session, live: read-only" : "Proxied session, ended: read-only"}>
          <span className={classes.feedDot} data-state={server.feed.state} role="img" aria-label={server.feed.state === "live" ? "live" : "ended"} data-testid="server-tab-feed" />
        </Tooltip>
      )}
      {waiting > 0 && (
        <Tooltip label={`${waiting} ${waiting === 1 ? "request waits" : "requests wait"} for you (sampling, elicitation)`}>
          <Badge size="xs" circle color="orange" ml={4} aria-label={`${waiting} waiting`} data-testid="server-tab-waiting">
            {waiting}
          </Badge>
        </Tooltip>
      )}
      {onClose && <CloseButton size="sm" ml={2} aria-label={`Close ${server.name}`} onClick={onClose} data-testid="close-server-tab" />}
    </div>
  );
}
