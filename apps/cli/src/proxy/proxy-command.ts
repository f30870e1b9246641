import { randomUUID } from "node:crypto";
import { renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type Frame, type SessionHeader } from "@mcp-inspect/core";
import { createFullProtocolChecker } from "@mcp-inspect/core/checks/wire";
import { InspectSession, createSessionRecorder } from "@mcp-inspect/server";
import { envFromFlags, resolveCwd } from "../target/inspect-options";
import { targetEnv } from "../target/target-env";
import { defaultSessionPath } from "../inspect/paths";
import { UsageError } from "../common/usage-error";
import { VERSION } from "../common/version";
import { printErr } from "../common/terminal-text";
import { startRelay, type Relay } from "./proxy-relay";
import { publishLive } from "./live-feed";

export interface ProxyFlags {
  record?: string;
  name?: string;
  env: string[];
  cwd?: string;
  /** Start an inspector when none is running, and print its URL (the session shows there live either way). */
  ui?: boolean;
}

/**
 * `mcp-inspect proxy [flags] -- <command...>`: a client starts this in place of its server. The server's bytes go
 * through unchanged both ways (stdout is the server's and nothing else; our own lines go to stderr); every frame is
 * recorded and checked as the inspector does. Resolves with the server's exit code.
 */
export async function runProxy(commandLine: string[], flags: ProxyFlags): Promise<number> {
  const [command, ...args] = commandLine;
  if (!command) throw new UsageError("proxy needs the server to run: mcp-inspect proxy [--record <file>] -- node server.js");
  const extraEnv = envFromFlags(flags.env);
  const cwd = resolveCwd(flags.cwd);
  const startedAt = new Date();
  const header: SessionHeader = {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    id: randomUUID(),
    target: { type: "stdio", command, args, cwd, envKeys: Object.keys(extraEnv) },
    inspector: { name: "mcp-inspect", version: VERSION },
    startedAt: startedAt.toISOString(),
  };
  const server = slug(flags.name ?? serverName(commandLine));
  const path = flags.record ?? proxySessionPath(defaultSessionPath(startedAt, header.id), "client", server);
  // A client restarts its server whenever it likes, with the same command line: each run adds a session to the file.
  const recorder = createSessionRecorder(path, header, "append");
  const session = new InspectSession({ header, recorder, checker: createFullProtocolChecker(), memoryLimitBytes: 4 * 2 ** 20 });
  let recordedAt = path;
  let errors = 0;
  session.subscribe((frame) => {
    if (frame.kind === "check" && frame.severity === "error") errors++;
    // The default file is renamed once the client says who it is, so the folder tells clients apart.
    const client = !flags.record && clientNameOf(frame);
    if (client) recordedAt = renameQuietly(recordedAt, proxySessionPath(defaultSessionPath(startedAt, header.id), slug(client), server));
  });
  // Shown live in a running inspector (if any, or one started for --ui); the relay never waits for it.
  const live = publishLive(session, flags.name ?? serverName(commandLine), { ui: flags.ui === true });
  let relay: Relay | undefined;
  session.attach((emit) => ({
    start: () => {
      relay = startRelay({ command, args, cwd, env: targetEnv(extraEnv), input: process.stdin, output: process.stdout, errOutput: process.stderr, emit });
    },
    // The client writes to the server itself, through the relay: nothing is ever sent in its name.
    send: () => false,
    stop: async () => {
      relay?.stop();
      await relay?.exited;
    },
    get running() {
      return relay !== undefined;
    },
    stderrTail: () => [],
  }));
  printErr(`mcp-inspect proxy: recording ${command} to ${path}\n`);
  session.start();
  // A client stopping us with a signal would have sent it to the server: pass it on, and exit when the server does.
  const onSignal = (name: NodeJS.Signals) => relay?.signal(name);
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  // The client went away (EPIPE on our stdout): end the server as if it had closed stdin.
  process.stdout.on("error", () => relay?.stop());
  const code = await relay!.exited;
  await session.stop();
  await live.finish();
  process.off("SIGTERM", onSignal);
  process.off("SIGINT", onSignal);
  printErr(`mcp-inspect proxy: ${command} exited with ${code}; ${errors} protocol error${errors === 1 ? "" : "s"} found; session in ${recordedAt}\n`);
  return code;
}

/** `node dist/weather.js` -> weather; `uvx mcp-server-git` -> mcp-server-git. */
function serverName(commandLine: string[]): string {
  const script = commandLine.slice(1).find((arg) => !arg.startsWith("-")) ?? commandLine[0]!;
  return basename(script).replace(/\.(m?js|cjs|ts|py)$/, "");
}

function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[-.]+|-+$/g, "").slice(0, 40) || "unnamed";
}

/** 2026-01-01T...-abcd1234.jsonl -> 2026-01-01T...-abcd1234.proxy.claude-code.to.weather.jsonl, in the same folder. */
export function proxySessionPath(base: string, client: string, server: string): string {
  return join(dirname(base), basename(base).replace(/\.jsonl$/, `.proxy.${client}.to.${server}.jsonl`));
}

/** The client's name from its initialize request, when this frame is that request. */
function clientNameOf(frame: Frame): string | undefined {
  if (frame.kind !== "message" || frame.dir !== "client->server" || frame.msg.method !== "initialize") return undefined;
  const info = (frame.msg.params as { clientInfo?: { name?: unknown } } | undefined)?.clientInfo;
  return typeof info?.name === "string" && info.name ? info.name : undefined;
}

function renameQuietly(from: string, to: string): string {
  if (from === to) return from;
  try {
    // The recorder keeps writing through its open descriptor, wherever the name now points.
    renameSync(from, to);
    return to;
  } catch {
    return from;
  }
}
