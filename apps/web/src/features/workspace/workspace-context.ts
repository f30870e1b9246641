import type { LauncherInfo, LiveServerInfo } from "@mcp-inspect/core";
import { createContext, useContext } from "react";
import { showsServerTabs } from "./active-server";

/** What the header's server tabs and the picker share: the servers, what may be started, and the tab shown. */
export interface WorkspaceValue {
  servers: readonly LiveServerInfo[];
  launchers: readonly LauncherInfo[];
  /** The `--config` file the config launchers come from. */
  configFile?: string;
  /** `mcp-inspect watch`: waiting for proxied sessions, sent with this command line. */
  watching?: { proxyCommand: string };
  /** Id of the server whose tab is shown (undefined only while none is live). */
  active?: string;
  select: (id: string) => void;
  /** Starts a launcher and shows its tab. */
  start: (launcher: string) => void;
  /** The launcher being started, until the backend answers. */
  starting?: string;
  /** Stops a server and closes its tab. */
  close: (id: string) => void;
  /** Why the last start or close failed, until dismissed or the next one. */
  error?: string;
  dismissError: () => void;
  /** Server-to-client requests (sampling, elicitation) waiting for the person, by server: shown on background tabs. */
  pending: Readonly<Record<string, number>>;
  reportPending: (server: string, count: number) => void;
}

export const WorkspaceContext = createContext<WorkspaceValue | null>(null);

/** The workspace, or undefined outside one (a component test, a recorded session's own tree). */
export function useWorkspace(): WorkspaceValue | undefined {
  return useContext(WorkspaceContext) ?? undefined;
}

/** Whether the header has server tabs: false outside a workspace. */
export function useServerTabsShown(): boolean {
  const workspace = useWorkspace();
  return workspace !== undefined && showsServerTabs(workspace.servers.length, workspace.launchers.length, workspace.servers.filter((s) => s.feed).length);
}
