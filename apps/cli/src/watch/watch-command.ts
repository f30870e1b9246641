import { randomBytes } from "node:crypto";
import { ServerHub, buildServer } from "@mcp-inspect/server";
import open from "open";
import { bundledWebRoot } from "../inspect/paths";
import { announceInspector, proxyCommandLine } from "../inspect/runtime-announce";
import { checkUiHost, listenForUi, type UiListenFlags } from "../inspect/ui-listen";
import { printErr, printOut } from "../common/terminal-text";

export interface WatchFlags extends UiListenFlags {
  open: boolean;
  token?: string;
}

/**
 * `mcp-inspect watch`: an inspector with no target of its own. It writes the runtime file and waits: each
 * `mcp-inspect proxy` this user runs publishes its session to it, and the session appears as a live, read-only tab.
 */
export async function runWatch(flags: WatchFlags, portGiven: boolean): Promise<void> {
  checkUiHost(flags, "read the sessions your clients proxy");
  const token = flags.token ?? process.env.MCP_INSPECT_TOKEN ?? randomBytes(24).toString("base64url");
  const hub = new ServerHub([]);
  const proxyCommand = proxyCommandLine();
  const app = await buildServer({ hub, token, host: flags.host, webRoot: bundledWebRoot, watching: { proxyCommand } });
  const origin = await listenForUi(app, flags, portGiven);
  const url = `${origin}/#token=${token}`;
  const removeRuntimeFile = announceInspector(origin, token, flags.host);
  if (!removeRuntimeFile) printErr(`! not on loopback: proxies will not find this inspector\n`);
  printErr(`- waiting for proxied sessions; in a client's config, start your server with:\n    ${proxyCommand}\n`);
  printOut(`mcp-inspect ready: ${url}\n`);
  if (flags.open) open(url).catch((error: Error) => printErr(`! could not open a browser (${error.message}); open the URL above\n`));

  const shutdown = async () => {
    removeRuntimeFile?.();
    await hub.closeAll();
    await app.close();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown());
}
