import { basename } from "node:path";
import { envFromFlags, resolveCwd } from "../target/inspect-options";
import { targetEnv } from "../target/target-env";
import { UsageError } from "../common/usage-error";
import { printErr } from "../common/terminal-text";
import { startRelay, type Relay } from "./proxy-relay";
import { openProxySession } from "./proxy-session";

export interface ProxyFlags {
  record?: string;
  name?: string;
  env: string[];
  cwd?: string;
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
  const proxy = openProxySession({
    target: { type: "stdio", command, args, cwd, envKeys: Object.keys(extraEnv) },
    name: flags.name ?? serverName(commandLine),
    ...(flags.record !== undefined ? { record: flags.record } : {}),
  });
  const { session } = proxy;
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
  printErr(`mcp-inspect proxy: recording ${command} to ${proxy.recordedAt()}\n`);
  session.start();
  // A client stopping us with a signal would have sent it to the server: pass it on, and exit when the server does.
  const onSignal = (name: NodeJS.Signals) => relay?.signal(name);
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  // The client went away (EPIPE on our stdout): end the server as if it had closed stdin.
  process.stdout.on("error", () => relay?.stop());
  const code = await relay!.exited;
  await proxy.close(`${command} exited with ${code}`);
  process.off("SIGTERM", onSignal);
  process.off("SIGINT", onSignal);
  return code;
}

/** `node dist/weather.js` -> weather; `uvx mcp-server-git` -> mcp-server-git. */
function serverName(commandLine: string[]): string {
  const script = commandLine.slice(1).find((arg) => !arg.startsWith("-")) ?? commandLine[0]!;
  return basename(script).replace(/\.(m?js|cjs|ts|py)$/, "");
}
