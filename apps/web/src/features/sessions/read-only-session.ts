import {
  connectionReducer,
  initialConnectionState,
  RequestPairer,
  type ConnectionState,
  type MessageFrame,
  type ParsedSession,
  type ServerIdentity,
} from "@mcp-inspect/core";
import type { SessionSnapshot } from "../../client/mcp-session";

/** A session opened from a file: where it came from and what the reader found. */
export interface OpenedSession {
  /** The file name (a recordings-folder id or a dropped file's name). */
  source: string;
  parsed: ParsedSession;
}

/**
 * The snapshot the live components read, built once from a recorded session: no relay, no client,
 * so nothing can be sent; the connection state is replayed from the process frames.
 */
export function readOnlySnapshot(parsed: ParsedSession): SessionSnapshot {
  const frames = [...parsed.frames].sort((a, b) => a.seq - b.seq);
  const pairer = new RequestPairer();
  let connection: ConnectionState = initialConnectionState;
  for (const frame of frames) {
    pairer.add(frame);
    if (frame.kind === "process") connection = connectionReducer(connection, { type: "process", frame });
    const server = frame.kind === "message" ? initializedServer(frame, pairer) : undefined;
    if (server) connection = connectionReducer(connection, { type: "initialized", server });
  }
  return {
    relay: { state: "closed", attempt: 0, retryInMs: 0 },
    header: parsed.header,
    frames,
    pairer,
    connection,
    client: undefined,
    clientKey: undefined,
    protocol: parsed.header.protocol ?? "auto",
  };
}

/** The server's identity when `frame` is the answer to the client's `initialize` or `server/discover`. */
function initializedServer(frame: MessageFrame, pairer: RequestPairer): ServerIdentity | undefined {
  if (frame.dir !== "server->client") return undefined;
  const request = pairer.get(frame.seq)?.request;
  if (request?.msg.method === "server/discover") return discoveredServer(frame, request);
  if (request?.msg.method !== "initialize") return undefined;
  const result = frame.msg.result as
    | { serverInfo?: { name?: string; version?: string; title?: string }; protocolVersion?: string; capabilities?: Record<string, unknown>; instructions?: string }
    | undefined;
  if (!result?.serverInfo?.name) return undefined;
  const { name, version = "", title } = result.serverInfo;
  return {
    name,
    version,
    ...(title ? { title } : {}),
    ...(result.instructions ? { instructions: result.instructions } : {}),
    protocolVersion: result.protocolVersion ?? "",
    capabilities: result.capabilities ?? {},
  };
}

type Info = { name?: string; version?: string; title?: string };

/** 2026-07-28: the server names itself in the result's `_meta`; the version is the one the client's envelope carries. */
function discoveredServer(frame: MessageFrame, request: MessageFrame): ServerIdentity | undefined {
  const result = frame.msg.result as
    | { _meta?: Record<string, unknown>; supportedVersions?: string[]; capabilities?: Record<string, unknown>; instructions?: string }
    | undefined;
  if (!result) return undefined;
  const info = (result._meta?.["io.modelcontextprotocol/serverInfo"] ?? {}) as Info;
  const asked = (request.msg.params as { _meta?: Record<string, unknown> } | undefined)?._meta?.["io.modelcontextprotocol/protocolVersion"];
  const offered = [...(result.supportedVersions ?? [])].sort();
  return {
    name: info.name ?? "",
    version: info.version ?? "",
    ...(info.title ? { title: info.title } : {}),
    ...(result.instructions ? { instructions: result.instructions } : {}),
    protocolVersion: typeof asked === "string" && offered.includes(asked) ? asked : (offered.at(-1) ?? ""),
    capabilities: result.capabilities ?? {},
    discover: result as Record<string, unknown>,
  };
}
