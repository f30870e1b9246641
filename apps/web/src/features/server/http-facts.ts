import type { Frame, HttpSessionTarget } from "@mcp-inspect/core";

/** What the HTTP level says about the current connection to a remote server. */
export interface HttpFacts {
  /** "streamable-http" or "sse": as asked, or as detected (a fallback means sse). */
  transport?: "streamable-http" | "sse";
  sessionId?: string;
  /** The `Mcp-Protocol-Version` header the latest request carried. */
  protocolVersion?: string;
  /** 2026-07-28: the `Mcp-Method`, `Mcp-Name` and `Mcp-Param-*` headers of the latest POST that carried them. */
  routing?: Record<string, string>;
  /** The latest response: method, status and content type. */
  last?: { method: string; status: number; contentType?: string };
  /** Whether the standalone GET stream for server messages is open. */
  streamOpen: boolean;
  /** How many times a dropped stream was resumed with Last-Event-ID. */
  resumptions: number;
  /** The user's headers as sent, values masked. */
  headers: Record<string, string>;
}

/** Reads the facts from the frames after the latest connect (spawn), newest wins. */
export function httpFacts(frames: readonly Frame[], target: HttpSessionTarget): HttpFacts {
  let start = 0;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (f.kind === "process" && f.event === "spawn") {
      start = i;
      break;
    }
  }
  const facts: HttpFacts = { streamOpen: false, resumptions: 0, headers: {}, ...(target.transport === "auto" ? {} : { transport: target.transport }) };
  for (const frame of frames.slice(start)) {
    if (frame.kind !== "http") continue;
    if (frame.event === "fallback") facts.transport = "sse";
    if (frame.event === "stream-end" && frame.method === "GET") facts.streamOpen = false;
    if (frame.event !== "response") continue;
    facts.last = { method: frame.method, status: frame.status, ...(frame.contentType ? { contentType: frame.contentType } : {}) };
    if (frame.sessionId) facts.sessionId = frame.sessionId;
    if (frame.resumedFrom) facts.resumptions++;
    const { "mcp-protocol-version": version, "mcp-session-id": _sid, "last-event-id": _last, ...rest } = frame.requestHeaders;
    if (version) facts.protocolVersion = version;
    // MCP's own routing headers are not the user's: they get their own row.
    const routing = Object.fromEntries(Object.entries(rest).filter(([name]) => isRoutingHeader(name)));
    const user = Object.fromEntries(Object.entries(rest).filter(([name]) => !isRoutingHeader(name)));
    if (Object.keys(routing).length > 0) facts.routing = routing;
    facts.headers = { ...facts.headers, ...user };
    if (frame.method === "GET" && frame.stream) facts.streamOpen = true;
    // A GET stream at the URL before any POST to it: the old SSE transport (e.g. after a restart that kept the detection).
    if (frame.method === "GET" && frame.stream && frame.url === target.url) facts.transport ??= "sse";
    // Streamable HTTP answers POSTs at the URL itself; the old SSE transport posts to the endpoint it names.
    if (frame.method === "POST" && frame.status < 300 && frame.url === target.url) facts.transport ??= "streamable-http";
  }
  return facts;
}

function isRoutingHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === "mcp-method" || lower === "mcp-name" || lower.startsWith("mcp-param-");
}
