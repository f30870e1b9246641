// The HTTP proxy in process, between a real client (fetch, node:http) and hand-written loopback upstreams that show
// exactly what reached them: bytes, headers, the endpoint event, a server that is down.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { FrameInput } from "@mcp-inspect/core";
import { startHttpProxy, type HttpProxy } from "../http-proxy";
import { parseListen } from "../listen-address";
import { UsageError } from "../../common/usage-error";

const servers: Server[] = [];
const proxies: HttpProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/** A loopback upstream: `answer` writes the response; every request it got is in `seen`. */
async function upstream(answer: (req: Seen, res: ServerResponse) => void): Promise<{ origin: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const one = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) };
    seen.push(one);
    answer(one, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function proxyTo(url: string, extra: { headers?: Record<string, string>; transport?: "auto" | "sse" } = {}) {
  const frames: FrameInput[] = [];
  const proxy = await startHttpProxy({ upstream: url, transport: extra.transport ?? "auto", headers: extra.headers ?? {}, listen: { host: "127.0.0.1", port: 0 }, emit: (f) => frames.push(f) });
  proxies.push(proxy);
  return { proxy, frames };
}

const INIT = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "t", version: "1" } } };

describe("the HTTP proxy", () => {
  it("passes request and response bodies byte for byte (odd spacing, CRLF events, non-ASCII) and records their messages", async () => {
    // Spacing and key order a re-serialisation would change; an SSE answer with CRLF line ends and a comment.
    const posted = Buffer.from('{ "id" : 7,"jsonrpc":"2.0",  "method":"tools/call","params":{"name":"echo","arguments":{"message":"h\\u00e9 ✓"}}}\n', "utf8");
    const answer = Buffer.from(': hi\r\nevent: message\r\ndata: {"jsonrpc":"2.0", "id":7,"result":{"content":[{"type":"text","text":"hé ✓"}]}}\r\n\r\n', "utf8");
    const { origin, seen } = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(answer);
    });
    const { proxy, frames } = await proxyTo(`${origin}/mcp`);
    const response = await fetch(proxy.url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream" }, body: posted });
    expect(Buffer.from(await response.arrayBuffer()).equals(answer)).toBe(true);
    expect(seen[0]!.body.equals(posted)).toBe(true);
    expect(seen[0]!.url).toBe("/mcp");
    const messages = frames.filter((f) => f.kind === "message");
    expect(messages).toEqual([
      expect.objectContaining({ dir: "client->server", msg: expect.objectContaining({ id: 7, method: "tools/call" }) }),
      expect.objectContaining({ dir: "server->client", msg: expect.objectContaining({ id: 7, result: { content: [{ type: "text", text: "hé ✓" }] } }) }),
    ]);
    expect(frames).toContainEqual(expect.objectContaining({ kind: "http", event: "response", method: "POST", status: 200, requestId: 7, stream: true }));
  });

  it("forwards the client's headers (Authorization too) and --header ones minus hop-by-hop ones, and records every secret masked", async () => {
    const { origin, seen } = await upstream((_, res) => res.writeHead(202).end());
    const { proxy, frames } = await proxyTo(`${origin}/mcp`, { headers: { "X-Api-Key": "added-secret-1" } });
    // node:http, not fetch: fetch refuses to send a Connection header, which a real client may.
    await new Promise<void>((resolve, reject) => {
      const url = new URL(proxy.url);
      const headers = { authorization: "Bearer client-secret-2", "mcp-session-id": "s-1", "mcp-protocol-version": "2025-11-25", "x-private": "client-secret-3", connection: "keep-alive, x-hop", "x-hop": "1", "content-type": "application/json" };
      request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (res) => res.resume().once("end", resolve))
        .on("error", reject)
        .end(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }));
    });
    const got = seen[0]!.headers;
    expect(got).toMatchObject({ authorization: "Bearer client-secret-2", "x-api-key": "added-secret-1", "mcp-session-id": "s-1", "mcp-protocol-version": "2025-11-25", "x-private": "client-secret-3" });
    expect(got["x-hop"]).toBeUndefined();
    expect(got.host).toBe(new URL(origin).host);
    const exchange = frames.find((f) => f.kind === "http" && f.event === "response");
    expect(exchange).toMatchObject({ status: 202, requestHeaders: { authorization: "Bearer ****", "x-api-key": "****", "x-private": "****", "mcp-session-id": "s-1", "mcp-protocol-version": "2025-11-25" } });
    expect(JSON.stringify(frames)).not.toMatch(/secret-\d/);
  });

  it("rewrites the HTTP+SSE endpoint event to the proxy, streams what follows as it comes, and routes the POSTs back", async () => {
    let stream: ServerResponse | undefined;
    const { origin, seen } = await upstream((req, res) => {
      if (req.method === "GET") {
        stream = res;
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(`event: endpoint\ndata: ${origin}/messages?sessionId=abc\n\n`);
        return;
      }
      res.writeHead(202).end("Accepted");
      // Sent only after the POST: a proxy that buffered the stream would never show it to the reader below.
      stream!.write(`event: message\ndata: ${JSON.stringify({ jsonrpc: "2.0", id: 1, result: { protocolVersion: "2024-11-05", capabilities: {}, serverInfo: { name: "u", version: "1" } } })}\n\n`);
    });
    const { proxy, frames } = await proxyTo(`${origin}/sse`, { transport: "sse" });
    const proxyOrigin = new URL(proxy.url).origin;
    const response = await fetch(proxy.url, { headers: { accept: "text/event-stream" } });
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes("\n\n")) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toBe(`event: endpoint\ndata: ${proxyOrigin}/messages?sessionId=abc\n\n`);
    const post = await fetch(`${proxyOrigin}/messages?sessionId=abc`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(INIT) });
    expect(post.status).toBe(202);
    expect(seen[1]).toMatchObject({ method: "POST", url: "/messages?sessionId=abc" });
    while (!text.includes('"id":1')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"serverInfo":{"name":"u"');
    await reader.cancel();
    expect(frames).toContainEqual(expect.objectContaining({ kind: "message", dir: "server->client", msg: expect.objectContaining({ id: 1 }) }));
    expect(frames).toContainEqual(expect.objectContaining({ kind: "http", event: "response", method: "GET", stream: true }));
  });

  it("leaves a relative endpoint as it is: it already resolves to the proxy", async () => {
    const { origin } = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end("event: endpoint\r\ndata: /message?sessionId=x\r\n\r\n");
    });
    const { proxy } = await proxyTo(`${origin}/sse`);
    expect(await (await fetch(proxy.url)).text()).toBe("event: endpoint\r\ndata: /message?sessionId=x\r\n\r\n");
  });

  it("forwards a malformed body and a malformed event unchanged, and records each as a finding", async () => {
    const { origin, seen } = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end("data: this is not json\n\n");
    });
    const { proxy, frames } = await proxyTo(`${origin}/mcp`);
    const response = await fetch(proxy.url, { method: "POST", body: "{oops" });
    expect(await response.text()).toBe("data: this is not json\n\n");
    expect(seen[0]!.body.toString()).toBe("{oops");
    const findings = frames.filter((f) => f.kind === "check" && f.rule === "http/malformed-body");
    expect(findings.map((f) => (f as { message: string }).message)).toEqual([expect.stringContaining("the client POSTed not JSON"), expect.stringContaining("an SSE event that is not JSON")]);
  });

  it("answers 502 with a JSON-RPC error for the request's id when the server is down, and records why", async () => {
    // A port that was just free: nothing listens there any more.
    const { origin } = await upstream(() => {});
    const gone = servers.pop()!;
    await new Promise((resolve) => gone.close(resolve));
    const { proxy, frames } = await proxyTo(`${origin}/mcp`);
    const response = await fetch(proxy.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(INIT) });
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as { jsonrpc: string; id: number; error: { code: number; message: string } };
    expect(body).toMatchObject({ jsonrpc: "2.0", id: 1, error: { code: -32000, message: expect.stringContaining(`could not reach ${origin}/mcp`) } });
    expect(body.error.message).toMatch(/ECONNREFUSED/);
    expect(frames).toContainEqual(expect.objectContaining({ kind: "http", event: "failed", method: "POST" }));
    expect(frames).toContainEqual(expect.objectContaining({ kind: "check", rule: "proxy/upstream-unreachable", severity: "error" }));
  });

  it("keeps a same-origin redirect on the proxy, and starts the checks over when a second client initializes", async () => {
    const { origin } = await upstream((req, res) => {
      if (req.url === "/old") return void res.writeHead(307, { location: `${origin}/mcp` }).end();
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id: 1, result: { protocolVersion: "2025-11-25", capabilities: {}, serverInfo: { name: "u", version: "1" } } }));
    });
    const { proxy, frames } = await proxyTo(`${origin}/mcp`);
    const proxyOrigin = new URL(proxy.url).origin;
    const moved = await fetch(`${proxyOrigin}/old`, { redirect: "manual" });
    expect(moved.headers.get("location")).toBe(`${proxyOrigin}/mcp`);
    for (let i = 0; i < 2; i++) await (await fetch(proxy.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(INIT) })).text();
    // The listen frame, then one per client session after the first: a new session's ids are not "reused".
    expect(frames.filter((f) => f.kind === "process" && f.event === "spawn")).toHaveLength(2);
  });

  it("refuses a foreign Host (DNS rebinding) and a foreign page's Origin before anything reaches the server", async () => {
    const { origin, seen } = await upstream((_, res) => res.writeHead(200).end());
    const { proxy } = await proxyTo(`${origin}/mcp`);
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(proxy.url);
        request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (res) => (res.resume(), resolve(res.statusCode!))).on("error", reject).end("{}");
      });
    expect(await status({ host: "evil.example:80" })).toBe(403);
    expect(await status({ host: new URL(proxy.url).host, origin: "https://evil.example" })).toBe(403);
    expect(await status({ host: new URL(proxy.url).host, origin: "http://localhost:6274" })).toBe(200);
    expect(seen).toHaveLength(1);
  });
});

describe("--listen", () => {
  it("takes loopback addresses only, with a usage error that says why", () => {
    expect(parseListen("127.0.0.1:0")).toEqual({ host: "127.0.0.1", port: 0 });
    expect(parseListen("[::1]:8080")).toEqual({ host: "::1", port: 8080 });
    expect(parseListen("localhost:3000")).toEqual({ host: "localhost", port: 3000 });
    expect(() => parseListen("0.0.0.0:8080")).toThrow(UsageError);
    expect(() => parseListen("192.168.1.2:8080")).toThrow(/loopback only/);
    expect(() => parseListen("8080")).toThrow(/--listen takes/);
  });
});
