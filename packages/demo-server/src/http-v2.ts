// Streamable HTTP entry of the dual-era demo server: `node dist/server-v2.js --http <port>` serves the same factory as
// the stdio entry through createMcpHandler (2026-07-28 per request, 2025 era statelessly) on 127.0.0.1 only.
// The SDK's node adapter (@modelcontextprotocol/node) is not a dependency: node:http <-> fetch is a few lines here.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { createMcpHandler } from "@modelcontextprotocol/server";
import { createDualEraApp, createDualEraDemoServer } from "./dual-era/index.js";

/** The path the server answers on; anything else is 404, like a real deployment with one MCP endpoint. */
export const HTTP_PATH = "/mcp";
/** Bodies are read whole before the handler sees them: bounded, so a test client cannot fill memory. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface DemoHttpServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:`port` (0 = any free port) and resolves with the URL once it does. */
export async function serveDemoHttp(port: number): Promise<DemoHttpServer> {
  const app = createDualEraApp();
  const handler = createMcpHandler((ctx) => createDualEraDemoServer(ctx, app), {
    onerror: (error) => process.stderr.write(`mcp-inspect dual-era demo server (http): ${error.message}\n`),
  });
  // Instances live for one request: changes reach clients through the handler's open listen streams.
  app.notifier = handler.notify;
  const server = createServer((req, res) => {
    void serve(req, res, handler.fetch).catch((error: Error) => {
      process.stderr.write(`mcp-inspect dual-era demo server (http): ${error.message}\n`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${HTTP_PATH}`,
    close: async () => {
      await handler.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, fetch: (request: Request) => Promise<Response>): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname !== HTTP_PATH) {
    res.writeHead(404, { "content-type": "text/plain" }).end(`not found: the MCP endpoint is ${HTTP_PATH}\n`);
    return;
  }
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
  if (body === null) {
    res.writeHead(413).end();
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  // A client that goes away (closing a listen stream) aborts the request, so the handler ends that stream too.
  const aborted = new AbortController();
  res.on("close", () => aborted.abort());
  const response = await fetch(new Request(url, { method: req.method, headers, ...(body ? { body } : {}), signal: aborted.signal }));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) {
    res.end();
    return;
  }
  // SSE answers (progress, listen streams) must reach the client as they are written, not when they end.
  Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).on("error", () => res.destroy()).pipe(res);
}

/** The whole body, or null when it is larger than the bound. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
