import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { OAUTH_CALLBACK_PATH, PendingAuthorizations, ServerHub, buildServer } from "@mcp-inspect/server/serve";
import { listConfiguredServers } from "../config/config-file";
import { applyConfigFile } from "../config/config-file-flags";
import { recordModeFrom } from "../target/inspect-options";
import { launchersFrom, type LaunchFlags } from "./launchers";
import type { ProtocolChecker } from "@mcp-inspect/core/checks";
import { targetEnv } from "../target/target-env";
import { bundledWebRoot } from "./paths";
import { UsageError } from "../common/usage-error";
import { createProtocolChecker } from "@mcp-inspect/core/checks";
import { checkUiHost, listenForUi } from "./ui-listen";
import { announceInspector } from "./runtime-announce";
import { printErr, printOut } from "../common/terminal-text";

/**
 * `mcp-inspect [options] [--] <command> [args...]`: serve the UI and relay to the target until Ctrl-C.
 * The UI can start more servers, but only those the command line prepared (see `launchersFrom`).
 */
export async function runInspect(commandLine: string[], flags: LaunchFlags & { watch?: string }, portGiven: boolean): Promise<void> {
  checkUiHost(flags, "run your server");
  const recordMode = recordModeFrom(flags);
  const writeStderr = (text: string) => void printErr(text);
  // With --config and no --server, a file of several servers opens a picker in the UI instead of failing.
  const picking = Boolean(flags.config && !flags.server && !flags.url && commandLine.length === 0 && severalServers(flags.config));
  if (!picking) applyConfigFile(commandLine, flags); // checks --server and the flag combinations, as call and doctor do
  else if (flags.env.length > 0 || flags.header.length > 0 || flags.cwd) throw new UsageError("-e, --header and --cwd apply to the server --server names: add --server <name>");
  let stopping = false;
  // Remote servers that need OAuth send the browser back to this inspector; its address is known once listening.
  let origin = "";
  const authorizations = new PendingAuthorizations();
  const oauth = { redirectUrl: () => `${origin}${OAUTH_CALLBACK_PATH}`, pending: authorizations };
  // Set once the checker's module is loaded, before any server launches (the light checker is only a type-safe default).
  let createChecker: (() => ProtocolChecker) | undefined;
  const checker = () => createChecker?.() ?? createProtocolChecker();
  const launchers = launchersFrom(commandLine, flags, { ...(flags.record ? { record: flags.record } : {}), recordMode, initTimeout: flags.initTimeout, writeStderr, stopping: () => stopping, checker, oauth });
  if (launchers.length === 0) throw new UsageError(`none of the servers in ${flags.config} can be started (see above)`);
  const hub = new ServerHub(launchers);
  const first = picking ? undefined : flags.config ? `config:${flags.server ?? launchers[0]!.name}` : "cli";
  const token = flags.token ?? process.env.MCP_INSPECT_TOKEN ?? randomBytes(24).toString("base64url");

  const app = await buildServer({ hub, token, host: flags.host, webRoot: bundledWebRoot, authorizations, ...(flags.config ? { configFile: resolve(flags.config) } : {}) });

  // Listening first: a port refused is a usage error before any server is spawned.
  origin = await listenForUi(app, flags, portGiven);
  const url = `${origin}/#token=${token}`;
  // The checker (Ajv, the official schemas, RE2) is loaded here, not with this module: other commands never need it.
  ({ createFullProtocolChecker: createChecker } = await import("@mcp-inspect/core/checks/wire"));

  // Each server says where it records, and --watch follows the first server's launcher (the one the command line named or the first picked).
  let watched = first;
  hub.onLaunch((server) => {
    watched ??= server.launcher;
    printErr(`- ${server.id === "s1" ? "" : `[${server.name}] `}recording to ${server.session.sessionFile}\n`);
  });
  if (first) hub.launch(first);
  else printErr(`- ${flags.config} lists ${launchers.length} servers: pick one in the browser\n`);
  // Proxies of this user find this inspector through the runtime file and show their sessions in it, live.
  const removeRuntimeFile = announceInspector(origin, token, flags.host);
  // The session file exists when the ready line says where to look.
  printOut(`mcp-inspect ready: ${url}\n`);
  if (flags.watch) {
    const { watchForChanges } = await import("./watch");
    const watching = watchForChanges(flags.watch, (file) => {
      const servers = hub.servers().filter((server) => server.launcher === watched);
      if (servers.length === 0) return;
      printErr(`- change in ${file}: restarting\n`);
      for (const server of servers) void server.session.restart(`change in ${file}`);
    }, { ignoreFiles: () => hub.servers().flatMap((server) => server.session.sessionFile ?? []) });
    void watching.ready.then(() => printErr(`- watching ${flags.watch} for changes\n`));
  }
  if (flags.open) void import("open").then(({ default: open }) => open(url)).catch((error: Error) => printErr(`! could not open a browser (${error.message}); open the URL above\n`));

  const shutdown = async (signal: string) => {
    if (stopping) {
      // Second Ctrl-C: do not wait for a server that ignores SIGTERM.
      process.exit(130);
    }
    stopping = true;
    removeRuntimeFile?.();
    printErr(`- ${signal}: stopping ${hub.servers().length === 1 ? "the server" : "the servers"}\n`);
    await hub.closeAll();
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGHUP", () => void shutdown("SIGHUP"));
}

/** Whether a config file lists more than one server (it is read again, fully, by the launchers). */
function severalServers(file: string): boolean {
  return listConfiguredServers(file, targetEnv()).servers.length > 1;
}
