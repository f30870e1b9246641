import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ErrorCodes, errorBody, type ErrorBody } from "./errors";

export interface AccessGuardOptions {
  token: string;
  /** The address the backend is bound to, e.g. 127.0.0.1. */
  host: string;
  /** The bound port; read lazily because `--port 0` only knows it after listen. */
  port: () => number;
}

/**
 * Guards a backend that can run programs (CVE-2025-49596): the Host header must name this
 * inspector (DNS rebinding), a browser Origin must be its own, and every API route needs the token.
 * The static UI needs no token: it holds no data, and reads the token from the URL fragment.
 */
export function createAccessGuard(options: AccessGuardOptions) {
  const expected = digest(options.token);

  function allowedHosts(): Set<string> {
    const port = options.port();
    const names = new Set([options.host, "localhost", "127.0.0.1", "[::1]"]);
    if (options.host === "::1") names.add("[::1]");
    const hosts = new Set<string>();
    for (const name of names) {
      const bracketed = name.includes(":") && !name.startsWith("[") ? `[${name}]` : name;
      hosts.add(`${bracketed}:${port}`);
    }
    return hosts;
  }

  function tokenMatches(candidate: string | undefined): boolean {
    if (!candidate) return false;
    // Equal-length digests make the comparison constant-time whatever the candidate's length.
    return timingSafeEqual(digest(candidate), expected);
  }

  function tokenFrom(request: FastifyRequest): string | undefined {
    const auth = request.headers.authorization;
    if (auth?.startsWith("Bearer ")) return auth.slice("Bearer ".length).trim();
    // Browsers cannot set headers on a WebSocket, so the relay takes the token as a query parameter.
    const query = request.query as { token?: unknown } | undefined;
    return typeof query?.token === "string" ? query.token : undefined;
  }

  /** onRequest hook for every route, static UI included. */
  async function checkHostAndOrigin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const hosts = allowedHosts();
    const host = request.headers.host ?? "";
    if (!hosts.has(host.toLowerCase())) {
      return refuse(request, reply, 403, errorBody(ErrorCodes.FOREIGN_HOST, `Host "${host}" is not this inspector (DNS rebinding protection); open http://${[...hosts][0]}/`));
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !hosts.has(originHost(origin))) {
      return refuse(request, reply, 403, errorBody(ErrorCodes.FOREIGN_ORIGIN, `Origin "${origin}" may not use this inspector`));
    }
  }

  /** onRequest hook for the API and the relay (registered in their encapsulated context). */
  async function checkToken(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = tokenFrom(request);
    if (!token) return refuse(request, reply, 401, errorBody(ErrorCodes.MISSING_TOKEN, "missing token: open the URL mcp-inspect printed, which carries it"));
    if (!tokenMatches(token)) return refuse(request, reply, 401, errorBody(ErrorCodes.WRONG_TOKEN, "wrong token: open the URL this run of mcp-inspect printed"));
  }

  return { checkHostAndOrigin, checkToken };
}

/**
 * Sends the refusal. A refused WebSocket upgrade is not an HTTP keep-alive connection the server
 * tracks, so its socket is closed here; otherwise a client could hold it open and stall shutdown.
 */
function refuse(request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorBody): FastifyReply {
  if (request.headers.upgrade) {
    const socket = request.raw.socket;
    reply.header("connection", "close");
    reply.raw.once("finish", () => {
      socket.end();
      setTimeout(() => socket.destroy(), 1000).unref();
    });
  }
  return reply.code(status).send(body);
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/** `http://127.0.0.1:6277` -> `127.0.0.1:6277`; anything else (including `null`) matches no host. */
function originHost(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : "";
  } catch {
    return "";
  }
}
