import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { appSandboxPolicy, type AppCsp } from "./app-sandbox-csp";
import { SANDBOX_SCRIPT, sandboxPage } from "./app-sandbox-page";

export interface AppSandbox {
  /** The proxy page's address without its query: `?t=` (the token), `&host=`, `&csp=` are added by the page. */
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

export interface AppSandboxOptions {
  /** The loopback address to bind, the inspector's own. */
  host: string;
  /** The origins the inspector's page is served from: the only ones that may frame and drive the proxy. */
  inspectorOrigins: () => readonly string[];
}

/**
 * MCP Apps run on an origin of their own: a second loopback listener that serves only the sandbox proxy page and its
 * script. A different port is a different origin, so nothing an app runs can read the inspector's page, storage,
 * token or API (which also refuses a foreign Origin). The page needs a token of its own (not the inspector's: an
 * app could read the URL it was loaded from) and checks Host like the inspector does (DNS rebinding).
 */
export async function startAppSandbox(options: AppSandboxOptions): Promise<AppSandbox> {
  const token = randomBytes(18).toString("base64url");
  const server: Server = createServer((request, response) => serve(request, response, token, options, port));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostPart = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostPart}:${port}/sandbox`,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function serve(request: IncomingMessage, response: ServerResponse, token: string, options: AppSandboxOptions, port: number): void {
  const hosts = new Set([options.host, "127.0.0.1", "localhost"].map((name) => `${name.includes(":") ? `[${name}]` : name}:${port}`));
  const refuse = (status: number, message: string) => {
    response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
    response.end(message);
  };
  if (!hosts.has((request.headers.host ?? "").toLowerCase())) return refuse(403, "foreign Host (DNS rebinding protection)");
  if (request.method !== "GET") return refuse(405, "only GET");
  const url = new URL(request.url ?? "/", "http://sandbox");
  const common = { "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "cache-control": "no-store" };
  if (url.pathname === "/sandbox.js") {
    response.writeHead(200, { ...common, "content-type": "text/javascript; charset=utf-8" });
    return void response.end(SANDBOX_SCRIPT);
  }
  if (url.pathname !== "/sandbox") return refuse(404, "not found");
  if (!tokenMatches(url.searchParams.get("t"), token)) return refuse(401, "wrong or missing sandbox token");
  const origins = options.inspectorOrigins();
  const hostOrigin = url.searchParams.get("host") ?? "";
  if (!origins.includes(hostOrigin)) return refuse(403, `host ${JSON.stringify(hostOrigin)} is not this inspector`);
  let csp: AppCsp = {};
  try {
    const parsed: unknown = JSON.parse(url.searchParams.get("csp") ?? "{}");
    if (typeof parsed === "object" && parsed !== null) csp = parsed as AppCsp;
  } catch {
    return refuse(400, "csp must be JSON");
  }
  const self = `http://${[...hosts][0]}`;
  response.writeHead(200, {
    ...common,
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": appSandboxPolicy(csp, [hostOrigin, self]),
  });
  response.end(sandboxPage(hostOrigin));
}

function tokenMatches(candidate: string | null, token: string): boolean {
  if (!candidate || candidate.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(candidate), Buffer.from(token));
}
