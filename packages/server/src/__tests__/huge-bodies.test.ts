import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { SessionHeader } from "@mcp-inspect/core";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpTarget } from "../http-target";
import { PendingAuthorizations } from "../oauth-client";
import { MAX_DOCUMENT_BYTES, createObservedFetch } from "../observed-fetch";
import { InspectSession } from "../session";
import { listenOnLoopback } from "./http-fixtures";

/** What a hostile server would send: 2 GiB. The tests end quickly only because the reader stops early. */
const WOULD_SEND = 2 * 1024 ** 3;
/** Far less than what was offered, far more than what loopback socket buffers hold. */
const READ_BOUND = 64 * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, "A");

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A loopback server whose chosen routes stream a 2 GiB body with backpressure; `sent` resolves with
 * the bytes written once the client hung up (or all was sent).
 */
async function hugeServer(route: (req: IncomingMessage) => { status: number; type: string; headers?: Record<string, string> } | undefined) {
  const sent: Promise<number>[] = [];
  const server = createServer((req, res) => {
    req.resume();
    const answer = route(req);
    if (!answer) return res.writeHead(404).end();
    sent.push(stream(res, answer));
  });
  const port = await listenOnLoopback(server);
  cleanups.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));
  return { base: `http://127.0.0.1:${port}`, sent };
}

async function stream(res: ServerResponse, answer: { status: number; type: string; headers?: Record<string, string> }): Promise<number> {
  res.writeHead(answer.status, { "content-type": answer.type, ...answer.headers });
  let written = 0;
  let closed = false;
  res.once("close", () => (closed = true));
  while (!closed && written < WOULD_SEND) {
    written += CHUNK.length;
    if (!res.write(CHUNK)) await new Promise((resolve) => (res.once("drain", resolve), res.once("close", resolve)));
  }
  res.end();
  return written;
}

describe("a remote server's huge body (issue 18: 2.5 GB read whole, the process died)", () => {
  it("an error body: the frame keeps 4000 characters, the SDK gets the same, the rest is never read", async () => {
    const server = await hugeServer(() => ({ status: 500, type: "text/plain" }));
    const frames: unknown[] = [];
    const observed = createObservedFetch({ emit: (f) => frames.push(f), userHeaders: new Set(), messageUrl: `${server.base}/mcp` });
    const response = await observed(`${server.base}/mcp`, { method: "POST", body: "{}" });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text.length).toBe(4000);
    expect(frames).toEqual([expect.objectContaining({ kind: "http", event: "response", status: 500, body: `${"A".repeat(4000)}… (cut at 4000 characters)` })]);
    expect(await server.sent[0]).toBeLessThan(READ_BOUND);
  });

  it("a document other than an MCP message (OAuth metadata): reading fails past 1 MiB, the rest is never read", async () => {
    const server = await hugeServer(() => ({ status: 200, type: "application/json" }));
    const observed = createObservedFetch({ emit: () => {}, userHeaders: new Set(), messageUrl: `${server.base}/mcp` });
    const response = await observed(`${server.base}/.well-known/oauth-protected-resource`);
    await expect(response.json()).rejects.toThrow(`is larger than ${MAX_DOCUMENT_BYTES} bytes`);
    expect(await server.sent[0]).toBeLessThan(READ_BOUND);
  });

  it("through the SDK: a 500 answer to initialize and an OAuth metadata document of 2 GiB end in an error, not a dead process", async () => {
    const server = await hugeServer((req) => {
      if (req.url === "/error/mcp") return { status: 500, type: "text/html" };
      if (req.url === "/oauth/mcp") return undefined; // answered below
      if (req.url?.startsWith("/.well-known/oauth-protected-resource")) return { status: 200, type: "application/json" };
      return undefined;
    });
    // /oauth/mcp answers 401 pointing at the huge metadata document.
    const auth = createServer((req, res) => {
      req.resume();
      res.writeHead(401, { "www-authenticate": `Bearer resource_metadata="${server.base}/.well-known/oauth-protected-resource"` }).end();
    });
    const authPort = await listenOnLoopback(auth);
    cleanups.push(() => new Promise((resolve) => (auth.closeAllConnections(), auth.close(resolve))));

    for (const [url, oauth] of [[`${server.base}/error/mcp`, false], [`http://127.0.0.1:${authPort}/mcp`, true]] as const) {
      const header = { format: "mcp-inspect-session", version: 1, id: "t", target: { type: "http", url, transport: "streamable-http", headerNames: [] }, inspector: { name: "t", version: "1" }, startedAt: new Date().toISOString() } as SessionHeader;
      const session = new InspectSession({ header, initTimeoutMs: 10_000 });
      session.attach((emit) => createHttpTarget({ url, transport: "streamable-http", headers: {}, ...(oauth ? { oauth: { redirectUrl: () => "http://127.0.0.1:1/oauth/callback", pending: new PendingAuthorizations(), onAuthorized: () => {} } } : {}) }, emit));
      cleanups.push(() => session.stop());
      session.start();
      session.send({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } });
      await expect.poll(() => session.history().some((f) => f.kind === "process" && f.event === "error"), { timeout: 20_000 }).toBe(true);
      for (const frame of session.history()) expect(JSON.stringify(frame).length, JSON.stringify(frame).slice(0, 200)).toBeLessThan(20_000);
    }
    expect(server.sent).toHaveLength(2);
    for (const sent of server.sent) expect(await sent).toBeLessThan(READ_BOUND);
  });
});
