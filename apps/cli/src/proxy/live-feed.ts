import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import WebSocket from "ws";
import { PROXY_FEED_PATH, type Frame, type ProxyFeedPayload, type ProxyFeedRefusal } from "@mcp-inspect/core";
import type { InspectSession } from "@mcp-inspect/server";
import { findInspector, readRuntimeFiles, type RuntimeInfo } from "../common/runtime-file";
import { printErr } from "../common/terminal-text";

export interface LiveFeedOptions {
  /** `proxy --ui`: start an inspector (`mcp-inspect watch`) when none is running, and print its URL. */
  ui?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Most bytes held for the inspector (before it is connected, or while it reads slowly); past it the feed is dropped. @default 8 MiB */
  maxBufferBytes?: number;
  /** How long `--ui` waits for the inspector it started to write its runtime file. @default 20000 */
  startTimeoutMs?: number;
}

export interface LiveFeed {
  /** Sends what is still buffered (bounded wait) and closes: call after the session stopped, before exiting. */
  finish(): Promise<void>;
}

/**
 * Publishes a proxied session to the running inspector (found through the runtime file), so it shows there live.
 * The relay never waits for it: frames are serialized as they pass and queued; connecting happens on the side; a
 * queue past `maxBufferBytes` (no inspector yet, or one that does not keep up) drops the feed, never the client's
 * bytes. No inspector, or one that goes away: the proxy goes on relaying and recording. Diagnostics go to stderr.
 */
export function publishLive(session: InspectSession, name: string, options: LiveFeedOptions = {}): LiveFeed {
  const env = options.env ?? process.env;
  const maxBuffer = options.maxBufferBytes ?? 8 * 2 ** 20;
  let queue: string[] = [];
  let queued = 0;
  let socket: WebSocket | undefined;
  let done = false;

  const drop = (why: string | undefined) => {
    if (done) return;
    done = true;
    unsubscribe();
    queue = [];
    if (why) printErr(`mcp-inspect proxy: live view stopped: ${why} (recording goes on)\n`);
    socket?.terminate();
  };
  const push = (text: string) => {
    if (done) return;
    if (socket?.readyState === WebSocket.OPEN) {
      if (socket.bufferedAmount > maxBuffer) return drop("the inspector does not keep up");
      socket.send(text);
      return;
    }
    queued += text.length;
    if (queued > maxBuffer) return drop(`more than ${maxBuffer} bytes waited for the inspector`);
    queue.push(text);
  };
  // Subscribed at once, so the inspector gets the session from its first frame whenever it connects.
  const unsubscribe = session.subscribe((frame: Frame) => push(JSON.stringify({ type: "frame", frame } satisfies ProxyFeedPayload)));
  // Frames published before this call (none in the proxy, which publishes before starting) come first.
  for (const frame of session.history()) push(JSON.stringify({ type: "frame", frame } satisfies ProxyFeedPayload));

  const connect = (inspector: RuntimeInfo) => {
    const url = new URL(PROXY_FEED_PATH, inspector.url.replace(/^http/, "ws"));
    // A node client sends no Origin; the token goes in a header, never in the URL.
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${inspector.token}` }, perMessageDeflate: false });
    socket = ws;
    ws.on("open", () => {
      ws.send(JSON.stringify({ type: "session", header: session.header, name } satisfies ProxyFeedPayload));
      for (const text of queue) ws.send(text);
      queue = [];
      queued = 0;
    });
    ws.on("message", (data) => {
      const refusal = safeParse(data.toString()) as ProxyFeedRefusal | undefined;
      if (refusal?.type === "error") drop(`the inspector refused it: ${refusal.code}: ${refusal.message}`);
    });
    ws.on("unexpected-response", (_request, response) => drop(`the inspector at ${inspector.url} answered ${response.statusCode}`));
    ws.on("error", (error) => drop(`could not reach the inspector at ${inspector.url} (${error.message})`));
    // The inspector closed it (its tab was closed, or it exited): nothing more to say than that.
    ws.on("close", () => drop(undefined));
  };

  void (async () => {
    let inspector = findInspector(env);
    if (!inspector && options.ui) inspector = await startInspector(env, options.startTimeoutMs ?? 20_000);
    if (done) return;
    if (!inspector) return drop(options.ui ? "the inspector started for --ui did not come up" : undefined);
    if (options.ui) printErr(`mcp-inspect proxy: live in the inspector at ${inspector.url}/#token=${inspector.token}\n`);
    connect(inspector);
  })().catch((error: unknown) => drop((error as Error).message));

  return {
    async finish() {
      if (done) return;
      unsubscribe();
      // Give what is queued (the exit frame, the last findings) a moment to reach the inspector; never hang on it.
      for (let waited = 0; waited < 2000 && socket && (socket.readyState === WebSocket.CONNECTING || queue.length > 0 || socket.bufferedAmount > 0); waited += 20) await sleep(20);
      done = true;
      socket?.close(1000, "the proxied server ended");
    },
  };
}

/**
 * `proxy --ui` with no inspector running: starts `mcp-inspect watch --no-open` detached (it outlives this proxy:
 * the next proxy of this client reuses it) and waits for its runtime file.
 */
async function startInspector(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RuntimeInfo | undefined> {
  const cli = realpathSync(process.argv[1]!);
  const child = spawn(process.execPath, [cli, "watch", "--no-open"], { env, detached: true, stdio: "ignore" });
  child.unref();
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    const started = readRuntimeFiles(env).find((info) => info.pid === child.pid);
    if (started) return started;
    if (child.exitCode !== null) return undefined;
    await sleep(100);
  }
  return undefined;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
