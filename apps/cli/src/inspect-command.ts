import { randomBytes, randomUUID } from "node:crypto";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type SessionHeader } from "@mcp-inspect/core";
import { createFullProtocolChecker } from "@mcp-inspect/core/checks/wire";
import { InspectSession, buildServer, createSessionRecorder, createStdioTarget } from "@mcp-inspect/server";
import open from "open";
import { applyConfigFile, type ConfigurableFlags } from "./config-file-flags";
import { checkHost, envFromFlags, remoteFromFlags, resolveCwd, type InspectFlags } from "./inspect-options";
import { bundledDemoServer, bundledWebRoot, defaultSessionPath } from "./paths";
import { attachRemote, remoteSessionTarget } from "./remote-target";
import { createTerminalReporter } from "./terminal-reporter";
import { UsageError } from "./usage-error";
import { watchForChanges } from "./watch";
import { VERSION } from "./version";

/** `mcp-inspect [options] [--] <command> [args...]`: serve the UI and relay to the target until Ctrl-C. */
export async function runInspect(commandLine: string[], flags: InspectFlags & ConfigurableFlags & { watch?: string }, portGiven: boolean): Promise<void> {
  checkHost(flags.host, flags.allowRemote);
  if (!["127.0.0.1", "::1", "localhost"].includes(flags.host)) {
    // --allow-remote was given: say loudly what it means, every run.
    process.stderr.write(`! WARNING: listening on ${flags.host}, not loopback: anyone who can reach it and learns the token can run your server\n`);
  }
  ({ commandLine, flags } = applyConfigFile(commandLine, flags));
  const remote = remoteFromFlags(flags, commandLine);
  const demo = commandLine.length === 0 && !remote;
  const [command, ...args] = demo ? [process.execPath, bundledDemoServer] : commandLine;
  const extraEnv = envFromFlags(flags.env);
  const startedAt = new Date();
  const header: SessionHeader = {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    id: randomUUID(),
    target: remote
      ? remoteSessionTarget(remote)
      : { type: "stdio", command: command!, args, cwd: resolveCwd(flags.cwd), envKeys: Object.keys(extraEnv), ...(demo ? { demo: true } : {}) },
    inspector: { name: "mcp-inspect", version: VERSION },
    startedAt: startedAt.toISOString(),
  };
  const token = flags.token ?? process.env.MCP_INSPECT_TOKEN ?? randomBytes(24).toString("base64url");

  const recorder = createSessionRecorder(flags.record ?? defaultSessionPath(startedAt, header.id), header);
  const session = new InspectSession({ header, recorder, initTimeoutMs: flags.initTimeout, checker: createFullProtocolChecker() });
  const reporter = createTerminalReporter((line) => process.stderr.write(line + "\n"));
  session.subscribe(reporter.onFrame);
  if (remote) attachRemote(session, remote);
  else session.attach((emit) => createStdioTarget({ command: command!, args, cwd: resolveCwd(flags.cwd), env: { ...process.env, ...extraEnv } }, emit));

  const app = await buildServer({ session, token, host: flags.host, webRoot: bundledWebRoot });
  try {
    await app.listen({ host: flags.host, port: flags.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EADDRINUSE") throw error;
    if (portGiven) throw new UsageError(`port ${flags.port} is in use: pick another with --port, or --port 0 for any free port`);
    await app.listen({ host: flags.host, port: 0 });
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : flags.port;
  const hostForUrl = flags.host.includes(":") ? `[${flags.host}]` : flags.host;
  const url = `http://${hostForUrl}:${port}/#token=${token}`;

  // A change restarts the server; the log goes on, with the restart and spawn frames as the boundary.
  if (flags.watch) {
    watchForChanges(flags.watch, (file) => {
      process.stderr.write(`- change in ${file}: restarting\n`);
      void session.restart();
    }, { ignoreFiles: [recorder.path] });
    process.stderr.write(`- watching ${flags.watch} for changes\n`);
  }
  session.start();
  process.stdout.write(`mcp-inspect ready: ${url}\n`);
  process.stderr.write(`- recording to ${recorder.path}\n`);
  if (flags.open) open(url).catch((error: Error) => process.stderr.write(`! could not open a browser (${error.message}); open the URL above\n`));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      // Second Ctrl-C: do not wait for a server that ignores SIGTERM.
      process.exit(130);
    }
    stopping = true;
    reporter.stopping();
    process.stderr.write(`- ${signal}: stopping the server\n`);
    await session.stop();
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGHUP", () => void shutdown("SIGHUP"));
}
