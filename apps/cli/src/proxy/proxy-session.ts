import { randomUUID } from "node:crypto";
import { renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type Frame, type SessionHeader, type SessionTarget } from "@mcp-inspect/core";
import { createFullProtocolChecker } from "@mcp-inspect/core/checks/wire";
import { InspectSession, createSessionRecorder } from "@mcp-inspect/server";
import { defaultSessionPath } from "../inspect/paths";
import { VERSION } from "../common/version";
import { printErr } from "../common/terminal-text";

export interface ProxySessionOptions {
  /** What the client talks to through us: a stdio command line, or a remote server's URL. */
  target: SessionTarget;
  /** The server's part of the default file name (slugged here). */
  name: string;
  /** --record: this file, each run appended as a session; otherwise the recordings folder. */
  record?: string;
}

export interface ProxySession {
  /** Attach the relay, start and stop it through this: frames are numbered, checked and recorded. */
  readonly session: InspectSession;
  /** Where the recording is now (the default file is renamed once the client names itself). */
  recordedAt(): string;
  /** Error findings so far, on either side. */
  errors(): number;
  /** Stops the session (flushing the recording) and prints the closing line, after `ended` (e.g. "weather exited with 0"). */
  close(ended: string): Promise<void>;
}

/**
 * The one session setup both proxies share (stdio and HTTP): the header, the recording (appended, renamed once the
 * client's initialize names it), the checks on both sides, the error count and the closing line on stderr.
 */
export function openProxySession(options: ProxySessionOptions): ProxySession {
  const startedAt = new Date();
  const header: SessionHeader = {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    id: randomUUID(),
    target: options.target,
    inspector: { name: "mcp-inspect", version: VERSION },
    startedAt: startedAt.toISOString(),
  };
  const server = slug(options.name);
  const path = options.record ?? proxySessionPath(defaultSessionPath(startedAt, header.id), "client", server);
  // A client restarts its server whenever it likes, with the same command line: each run adds a session to the file.
  const recorder = createSessionRecorder(path, header, "append");
  const session = new InspectSession({ header, recorder, checker: createFullProtocolChecker(), memoryLimitBytes: 4 * 2 ** 20 });
  let recordedAt = path;
  let errors = 0;
  session.subscribe((frame) => {
    if (frame.kind === "check" && frame.severity === "error") errors++;
    // The default file is renamed once the client says who it is, so the folder tells clients apart.
    const client = !options.record && clientNameOf(frame);
    if (client) recordedAt = renameQuietly(recordedAt, proxySessionPath(defaultSessionPath(startedAt, header.id), slug(client), server));
  });
  return {
    session,
    recordedAt: () => recordedAt,
    errors: () => errors,
    async close(ended) {
      await session.stop();
      printErr(`mcp-inspect proxy: ${ended}; ${errors} protocol error${errors === 1 ? "" : "s"} found; session in ${recordedAt}\n`);
    },
  };
}

export function slug(name: string): string {
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
