import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import type { LiveServerInfo } from "@mcp-inspect/core";
import { useCallback, useMemo, useState } from "react";
import { activeServer, tabAfterClose } from "../features/workspace";
import { hashWithServer, serverFromHash } from "../features/workspace";
import { lazyPanel } from "../ui/lazy-panel";
import { ServerPicker } from "../features/workspace";
import { ServerView } from "./ServerView";
import { useCloseServer, useServers, useStartServer } from "../features/workspace";
import { WorkspaceContext, type WorkspaceValue } from "../features/workspace";
import { WorkspaceError } from "../features/workspace";

// `mcp-inspect open` only: a recording and no server; its code loads then, not with every live page.
const RecordedWorkspace = lazyPanel(() => import("./RecordedWorkspace").then((m) => m.RecordedWorkspace));

/** Remembers the tab in the address bar, so a reload comes back to it. */
function rememberTab(id: string): void {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, "", pathname + search + hashWithServer(hash, id));
}

/**
 * Every live server of this inspector, one isolated inspector each (only the active one shown), or
 * the picker while none is live (a `--config` file naming several servers and no `--server`).
 */
export function Workspace({ token }: { token: string }) {
  const query = useServers(token);
  const [wanted, setWanted] = useState(() => serverFromHash(window.location.hash));
  const select = useCallback((id: string) => {
    setWanted(id);
    rememberTab(id);
  }, []);
  const [pending, setPending] = useState<Record<string, number>>({});
  const reportPending = useCallback((id: string, count: number) => setPending((now) => (now[id] === count ? now : { ...now, [id]: count })), []);
  const onStarted = useCallback((server: LiveServerInfo) => select(server.id), [select]);
  const starter = useStartServer(token, onStarted);
  const closer = useCloseServer(token);
  // Taken apart: the functions are stable, so the context changes only when what it says does.
  const { mutate: startLauncher, reset: resetStart } = starter;
  const { mutate: stop, reset: resetClose } = closer;
  const starting = starter.isPending ? starter.variables : undefined;

  const data = query.data;
  const active = data ? activeServer(data.servers, wanted)?.id : undefined;
  const error = starter.error
    ? `Could not start ${data?.launchers.find((l) => l.id === starter.variables)?.name ?? starter.variables}: ${starter.error.message}`
    : closer.error && `Could not stop ${data?.servers.find((s) => s.id === closer.variables)?.name ?? closer.variables}: ${closer.error.message}`;
  const value = useMemo<WorkspaceValue | undefined>(
    () =>
      data && {
        servers: data.servers,
        launchers: data.launchers,
        ...(data.configFile ? { configFile: data.configFile } : {}),
        ...(data.watching ? { watching: data.watching } : {}),
        ...(active ? { active } : {}),
        select,
        start: (launcher) => {
          resetClose();
          startLauncher(launcher);
        },
        ...(starting ? { starting } : {}),
        close: (id) => {
          resetStart();
          const next = tabAfterClose(data.servers, id);
          stop(id, { onSuccess: () => id === active && next && select(next) });
        },
        ...(error ? { error } : {}),
        dismissError: () => {
          resetStart();
          resetClose();
        },
        pending,
        reportPending,
      },
    [data, active, select, startLauncher, resetStart, starting, stop, resetClose, error, pending, reportPending],
  );

  if (query.isPending) {
    return (
      <Center mih="100dvh">
        <Loader size="sm" />
      </Center>
    );
  }
  if (data?.recording) return <RecordedWorkspace token={token} name={data.recording.name} />;
  if (!value) {
    return (
      <Center mih="100dvh" p="md">
        <Stack align="center" gap="sm" maw={480}>
          <Alert color="red" title="Could not list the servers" data-testid="servers-error">
            {query.error?.message}
          </Alert>
          <Button variant="default" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Stack>
      </Center>
    );
  }
  return (
    <WorkspaceContext.Provider value={value}>
      {value.servers.length === 0 ? (
        <ServerPicker />
      ) : (
        value.servers.map((server) => (
          <ServerView
            key={server.id}
            token={token}
            server={server.id}
            active={server.id === active}
            {...(server.feed ? { feed: { state: server.feed.state, label: server.name, ...(server.feed.client ? { client: server.feed.client } : {}), ...(server.feed.error ? { error: server.feed.error } : {}) } } : {})}
          />
        ))
      )}
      <WorkspaceError />
    </WorkspaceContext.Provider>
  );
}
