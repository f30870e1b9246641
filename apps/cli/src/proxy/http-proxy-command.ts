import { maskUrl } from "@mcp-inspect/core";
import { UsageError } from "../common/usage-error";
import { printErr } from "../common/terminal-text";
import { remoteFromFlags } from "../target/inspect-options";
import { startHttpProxy, type HttpProxy } from "./http-proxy";
import { parseListen } from "./listen-address";
import { openProxySession } from "./proxy-session";

export interface HttpProxyFlags {
  url?: string;
  listen?: string;
  transport?: "auto" | "streamable-http" | "sse";
  header: string[];
  record?: string;
  name?: string;
}

/**
 * `mcp-inspect proxy --url <server> --listen 127.0.0.1:<port>`: a loopback endpoint a client points at instead of
 * the remote server. Requests and answers pass through unchanged and are recorded and checked as the stdio proxy's
 * are. Runs until SIGINT/SIGTERM; resolves with the exit code.
 */
export async function runHttpProxy(commandLine: string[], flags: HttpProxyFlags): Promise<number> {
  if (!flags.listen) throw new UsageError("proxy --url needs --listen <loopback address>:<port>, e.g. --listen 127.0.0.1:8080 (0 picks a free port), for the client to point at");
  const listen = parseListen(flags.listen);
  const remote = remoteFromFlags({ url: flags.url, header: flags.header, ...(flags.transport && flags.transport !== "auto" ? { transport: flags.transport } : {}) }, commandLine)!;
  const url = new URL(remote.url);
  const proxy = openProxySession({
    target: { type: "http", url: remote.url, transport: remote.transport, headerNames: Object.keys(remote.headers) },
    name: flags.name ?? url.hostname,
    ...(flags.record !== undefined ? { record: flags.record } : {}),
  });
  const { session } = proxy;
  let running: HttpProxy | undefined;
  let failed: Error | undefined;
  const started = new Promise<void>((resolve) => {
    session.attach((emit) => ({
      start: () => {
        startHttpProxy({ upstream: remote.url, transport: remote.transport, headers: remote.headers, listen, emit })
          .then((p) => (running = p), (error: Error) => (failed = error))
          .finally(resolve);
      },
      // The client sends its own requests, through the proxy: nothing is ever sent in its name.
      send: () => false,
      stop: async () => {
        await running?.close();
      },
      get running() {
        return running !== undefined;
      },
      stderrTail: () => [],
    }));
  });
  session.start();
  await started;
  if (!running) {
    await proxy.close(`could not listen on ${flags.listen}: ${failed?.message ?? "unknown error"}`);
    return 1;
  }
  printErr(`mcp-inspect proxy: listening on ${running.url} for ${maskUrl(remote.url)}; point the client at it. Recording to ${proxy.recordedAt()}\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await proxy.close(`stopped listening on ${running.url}`);
  return 0;
}
