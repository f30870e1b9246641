import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Frame, HttpFrame, SessionHeader } from "@mcp-inspect/core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpTarget, type HttpTargetOptions } from "../http-target";
import { maskHeaderValue } from "../mask-headers";
import { createSessionRecorder } from "../recorder";
import { InspectSession } from "../session";
import { SessionTransport } from "../session-transport";
import { tempDir, waitForFrame } from "./fixtures";
import { freePort, listenOnLoopback, startEverything } from "./http-fixtures";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function remoteSession(options: Partial<HttpTargetOptions> & { url: string }) {
  const header: SessionHeader = {
    format: "mcp-inspect-session",
    version: 1,
    id: "http-test",
    target: { type: "http", url: options.url, transport: options.transport ?? "auto", headerNames: Object.keys(options.headers ?? {}) },
    inspector: { name: "mcp-inspect", version: "test" },
    startedAt: new Date().toISOString(),
  };
  const file = join(tempDir(), "session.jsonl");
  const session = new InspectSession({ header, recorder: createSessionRecorder(file, header), initTimeoutMs: 10_000 });
  session.attach((emit) => createHttpTarget({ transport: "auto", headers: {}, ...options }, emit));
  cleanups.push(() => session.stop());
  session.start();
  return { session, file };
}

/** Like the UI and the doctor: the client starts once the target says it is connected (or failed). */
async function connect(session: InspectSession): Promise<Client> {
  await waitForFrame(session, (f) => f.kind === "process");
  const client = new Client({ name: "http-target-test", version: "1" });
  await client.connect(new SessionTransport(session), { timeout: 10_000 });
  cleanups.push(() => client.close());
  return client;
}

const http = (frames: readonly Frame[]) => frames.filter((f): f is HttpFrame => f.kind === "http");
const responses = (frames: readonly Frame[]) => http(frames).flatMap((f) => (f.event === "response" ? [f] : []));

describe("createHttpTarget against server-everything", () => {
  it("speaks Streamable HTTP: messages as frames, session id and protocol version as http facts", async () => {
    const server = await startEverything("streamableHttp");
    cleanups.push(server.stop);
    const { session } = remoteSession({ url: `${server.base}/mcp` });
    const client = await connect(session);
    expect(client.getServerVersion()?.name).toMatch(/everything/i);
    const result = await client.callTool({ name: "echo", arguments: { message: "over http" } });
    expect(JSON.stringify(result.content)).toContain("over http");

    const frames = session.history();
    expect(frames.find((f) => f.kind === "process")).toMatchObject({ event: "spawn", pid: 0, command: `${server.base}/mcp` });
    const methods = frames.flatMap((f) => (f.kind === "message" && f.dir === "client->server" ? [f.msg.method] : []));
    expect(methods).toEqual(["initialize", "notifications/initialized", "tools/call"]);
    const [init, ...later] = responses(frames).filter((r) => r.method === "POST");
    expect(init).toMatchObject({ status: 200, contentType: expect.stringContaining("text/event-stream"), stream: true, sessionId: expect.any(String) });
    // After initialize, every request carries the session id and the negotiated protocol version.
    const call = later.at(-1)!;
    expect(call.requestHeaders).toMatchObject({ "mcp-session-id": init!.sessionId, "mcp-protocol-version": expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(later.some((r) => r.status === 202)).toBe(true); // notifications/initialized
    // The standalone GET stream for server-initiated messages.
    await waitForFrame(session, (f) => f.kind === "http" && f.event === "response" && f.method === "GET");

    await session.stop();
    const after = session.history();
    expect(responses(after).some((r) => r.method === "DELETE")).toBe(true);
    expect(after.at(-1)).toMatchObject({ kind: "process", event: "exit", code: 0 });
  });

  it("gives a second client (a reloaded page) a fresh Streamable HTTP session instead of a refused initialize", async () => {
    const server = await startEverything("streamableHttp");
    cleanups.push(server.stop);
    const { session } = remoteSession({ url: `${server.base}/mcp` });
    const first = await connect(session);
    await first.close();
    const second = await connect(session);
    expect((await second.listTools()).tools.length).toBeGreaterThan(0);
    const ids = responses(session.history()).flatMap((r) => (r.method === "POST" && r.sessionId && !r.requestHeaders["mcp-session-id"] ? [r.sessionId] : []));
    expect(new Set(ids).size).toBe(2);
    expect(responses(session.history()).some((r) => r.method === "DELETE" && r.status === 200)).toBe(true);
    expect(session.history().some((f) => f.kind === "process" && f.event === "error")).toBe(false);
  });

  it("speaks SSE with --transport sse", async () => {
    const server = await startEverything("sse");
    cleanups.push(server.stop);
    const { session } = remoteSession({ url: `${server.base}/sse`, transport: "sse" });
    const client = await connect(session);
    const result = await client.callTool({ name: "get-sum", arguments: { a: 2, b: 3 } });
    expect(JSON.stringify(result.content)).toContain("5");
    const get = responses(session.history()).find((r) => r.method === "GET")!;
    expect(get).toMatchObject({ url: `${server.base}/sse`, status: 200, stream: true });
    expect(http(session.history()).some((f) => f.event === "fallback")).toBe(false);
    await session.stop();
    expect(http(session.history()).find((f) => f.event === "stream-end")).toMatchObject({ method: "GET", reason: "closed by mcp-inspect" });
  });

  it("falls back to SSE when the Streamable HTTP POST is answered 404", async () => {
    const server = await startEverything("sse");
    cleanups.push(server.stop);
    const { session } = remoteSession({ url: `${server.base}/sse` });
    const client = await connect(session);
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    const frames = session.history();
    expect(http(frames).find((f) => f.event === "fallback")).toMatchObject({ from: "streamable-http", to: "sse", status: 404 });
    // initialize is sent once by the client, carried twice by the target: once refused, once over SSE.
    expect(frames.filter((f) => f.kind === "message" && f.msg.method === "initialize")).toHaveLength(1);
    expect(frames.filter((f) => f.kind === "process").map((f) => (f as { event: string }).event)).toEqual(["spawn"]);
  });
});

describe("createHttpTarget errors and headers", () => {
  async function tinyServer(handle: (headers: IncomingHttpHeaders) => { status: number; type: string; body: string }) {
    const seen: IncomingHttpHeaders[] = [];
    const server: Server = createServer((req, res) => {
      seen.push(req.headers);
      const answer = handle(req.headers);
      req.resume();
      res.writeHead(answer.status, { "content-type": answer.type }).end(answer.body);
    });
    const port = await listenOnLoopback(server);
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    return { url: `http://127.0.0.1:${port}/mcp`, seen };
  }

  it("records a non-JSON error body, masks the user's headers, and never writes their values", async () => {
    const server = await tinyServer(() => ({ status: 500, type: "text/plain", body: "boom: database down" }));
    const { session, file } = remoteSession({ url: server.url, headers: { Authorization: "Bearer s3cret-token", "X-Team": "blue-secret" } });
    await expect(connect(session)).rejects.toThrow();
    const frames = session.history();
    expect(responses(frames)[0]).toMatchObject({
      status: 500,
      contentType: "text/plain",
      body: "boom: database down",
      requestHeaders: { authorization: "Bearer ****", "x-team": "****" },
    });
    expect(frames.find((f) => f.kind === "process" && f.event === "error")).toMatchObject({ code: "MCPI_HTTP_ERROR", message: expect.stringContaining("HTTP 500") });
    expect(server.seen[0]).toMatchObject({ authorization: "Bearer s3cret-token", "x-team": "blue-secret" });
    await session.stop();
    const recorded = readFileSync(file, "utf8");
    expect(recorded).toContain('"headerNames":["Authorization","X-Team"]');
    expect(recorded).not.toContain("s3cret");
    expect(recorded).not.toContain("blue-secret");
  });

  it("masks a key in the URL's query in every frame, while the server gets it (issue 18)", async () => {
    const server = await tinyServer(() => ({ status: 500, type: "text/plain", body: "no" }));
    const seenUrls: string[] = [];
    const { session } = remoteSession({ url: `${server.url}?api_key=k3y-SECRET&region=eu`, fetch: (input, init) => (seenUrls.push(String(input)), fetch(input, init)) });
    await expect(connect(session)).rejects.toThrow();
    const frames = session.history();
    expect(JSON.stringify(frames)).not.toContain("k3y-SECRET");
    expect(frames.find((f) => f.kind === "process" && f.event === "spawn")).toMatchObject({ command: `${server.url}?api_key=****&region=eu` });
    expect(responses(frames)[0]).toMatchObject({ url: `${server.url}?api_key=****&region=eu` });
    expect(seenUrls[0]).toBe(`${server.url}?api_key=k3y-SECRET&region=eu`);
  });

  it("changes headers for the next connection, logs them masked, and never records the values", async () => {
    const server = await tinyServer(() => ({ status: 401, type: "application/json", body: '{"error":"no"}' }));
    const { session, file } = remoteSession({ url: server.url, headers: { Authorization: "Bearer first-secret", "X-Old": "old-secret" } });
    await expect(connect(session)).rejects.toThrow();
    expect(session.headers()).toEqual({ Authorization: "Bearer ****", "X-Old": "****" });
    const result = await session.setHeaders({ authorization: "Bearer second-secret", "X-Team": "blue-secret", "X-Old": null });
    expect(result).toEqual({ authorization: "Bearer ****", "X-Team": "****" });
    expect(session.history().find((f) => f.kind === "process" && f.event === "restart")).toBeDefined();
    expect(http(session.history()).find((f) => f.event === "headers")).toMatchObject({ headers: { authorization: "Bearer ****", "X-Team": "****" } });
    await expect(connect(session)).rejects.toThrow();
    const last = server.seen.at(-1)!;
    expect(last).toMatchObject({ authorization: "Bearer second-secret", "x-team": "blue-secret" });
    expect(last["x-old"]).toBeUndefined();
    expect(responses(session.history()).at(-1)?.requestHeaders).toMatchObject({ authorization: "Bearer ****", "x-team": "****" });
    await session.stop();
    const recorded = readFileSync(file, "utf8");
    for (const secret of ["first-secret", "second-secret", "blue-secret", "old-secret"]) expect(recorded).not.toContain(secret);
  });

  it("says so when nothing listens at the URL", async () => {
    const url = `http://127.0.0.1:${await freePort()}/mcp`;
    const { session } = remoteSession({ url });
    await expect(connect(session)).rejects.toThrow();
    const error = await waitForFrame(session, (f) => f.kind === "process" && f.event === "error");
    expect(error).toMatchObject({ code: "MCPI_HTTP_UNREACHABLE", message: expect.stringMatching(/could not reach .*ECONNREFUSED/) });
    expect(http(session.history()).find((f) => f.event === "failed")).toMatchObject({ method: "POST", url, message: expect.stringContaining("ECONNREFUSED") });
  });

  it("explicit streamable-http does not fall back", async () => {
    const server = await tinyServer(() => ({ status: 405, type: "text/html", body: "<h1>Method Not Allowed</h1>" }));
    const { session } = remoteSession({ url: server.url, transport: "streamable-http" });
    await expect(connect(session)).rejects.toThrow();
    expect(http(session.history()).some((f) => f.event === "fallback")).toBe(false);
    expect(session.history().find((f) => f.kind === "process" && f.event === "error")).toMatchObject({ code: "MCPI_HTTP_ERROR", message: expect.stringContaining("405") });
  });
});

describe("maskHeaderValue", () => {
  it("keeps an Authorization scheme and hides everything else", () => {
    expect(maskHeaderValue("Authorization", "Bearer abc.def")).toBe("Bearer ****");
    expect(maskHeaderValue("authorization", "s3cret")).toBe("****");
    expect(maskHeaderValue("X-Api-Key", "Bearer abc")).toBe("****");
  });
});
