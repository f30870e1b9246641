import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FrameInput } from "@mcp-inspect/core";
import { BridgeSession } from "./bridge-session";
import type { StdioTargetOptions } from "./stdio-target";

export interface HttpBridgeOptions {
  /** The stdio server; every HTTP session spawns its own copy. */
  target: Omit<StdioTargetOptions, "killGraceMs">;
  /** @default 0 (any free port). The bridge always binds 127.0.0.1. */
  port?: number;
  /** Every frame of every child, e.g. to show its stderr. */
  onFrame?: (sessionId: string | undefined, frame: FrameInput) => void;
  /** Largest request body accepted. @default 4 MiB */
  maxBodyBytes?: number;
  /** The secret part of the endpoint's path. @default 24 random bytes, base64url */
  token?: string;
}

export interface HttpBridge {
  /** `http://127.0.0.1:<port>/<token>/mcp`: the only URL that reaches the server. */
  readonly url: string;
  readonly port: number;
  /** HTTP sessions alive now, each with its child. */
  readonly sessionCount: number;
  /** Ends every session, stops every child, closes the port. */
  close(): Promise<void>;
}

/**
 * Serves a stdio MCP server over Streamable HTTP on loopback, so tools that speak only HTTP (the
 * conformance suite, web clients) can test it. Each HTTP session gets its own child process, as if
 * each HTTP client had launched the server itself.
 *
 * Any local process can reach a loopback port, and an initialize spawns a child: the endpoint's path
 * holds a per-run token (the suite gets the whole URL; it sends no custom headers), so only who was
 * given the URL can use it. Host and Origin are checked first, against DNS rebinding.
 */
export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const path = `/${options.token ?? randomBytes(24).toString("base64url")}/mcp`;
  const sessions = new Map<string, BridgeSession>();
  const starting = new Set<BridgeSession>();
  const maxBody = options.maxBodyBytes ?? 4 * 1024 * 1024;
  let hosts: string[] = [];
  let origins: string[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) rpcError(res, 500, -32603, `bridge error: ${error.message}`);
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a web page must not reach a loopback server that can run commands. Checked
    // before anything is spawned (the SDK transport checks again for existing sessions).
    const origin = req.headers.origin;
    if (!hosts.includes(req.headers.host ?? "")) return rpcError(res, 403, -32000, `Invalid Host header: ${req.headers.host}`);
    if (origin && !origins.includes(origin)) return rpcError(res, 403, -32000, `Invalid Origin header: ${origin}`);
    // Not the tokened path: nothing is said about the right one.
    if (!samePath(new URL(req.url ?? "/", "http://bridge").pathname, path)) return rpcError(res, 401, -32000, "Unauthorized: this bridge answers only on the URL it was started with");
    const header = req.headers["mcp-session-id"];
    const sessionId = Array.isArray(header) ? header[0] : header;
    if (sessionId) {
      const session = sessions.get(sessionId);
      // The spec's answer to an unknown or ended session: 404, so the client starts a new one.
      if (!session) return rpcError(res, 404, -32001, "Session not found");
      const body = req.method === "POST" ? await readJson(req, maxBody) : undefined;
      if (body instanceof Error) return rpcError(res, 400, -32700, `Parse error: ${body.message}`);
      return session.transport.handleRequest(req, res, body);
    }
    if (req.method !== "POST") return rpcError(res, 400, -32000, "Bad Request: No valid session ID provided");
    const body = await readJson(req, maxBody);
    if (body instanceof Error) return rpcError(res, 400, -32700, `Parse error: ${body.message}`);
    // Spawn a server only for an initialize request; the SDK transport validates the rest.
    if (!isInitialize(body)) return rpcError(res, 400, -32000, "Bad Request: Server not initialized");
    const session = new BridgeSession({
      target: options.target,
      allowedHosts: hosts,
      allowedOrigins: origins,
      onFrame: options.onFrame,
      onClosed: (closed) => {
        starting.delete(closed);
        if (closed.sessionId) sessions.delete(closed.sessionId);
      },
    });
    starting.add(session);
    await session.transport.handleRequest(req, res, body);
    starting.delete(session);
    if (session.sessionId) sessions.set(session.sessionId, session);
    else await session.close(); // initialize was rejected: no session, no child
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

  return {
    url: `http://127.0.0.1:${port}${path}`,
    port,
    get sessionCount() {
      return sessions.size + starting.size;
    },
    async close() {
      await Promise.all([...sessions.values(), ...starting].map((s) => s.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Constant time: the path holds the token. */
function samePath(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isInitialize(body: unknown): boolean {
  const messages = Array.isArray(body) ? body : [body];
  return messages.some((m) => typeof m === "object" && m !== null && (m as { method?: unknown }).method === "initialize");
}

async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return new Error(`body larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    return error as Error;
  }
}

function rpcError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null }));
}
