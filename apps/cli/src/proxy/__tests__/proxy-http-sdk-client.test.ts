// The SDK's own HTTP clients through the built CLI's `proxy --url --listen`, against real HTTP servers on loopback:
// the dual-era demo server's Streamable HTTP mode and the 1.x demo server behind the 1.x SDK's HTTP+SSE transport.
// Needs the build (npx turbo run build).
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Client, SSEClientTransport, StreamableHTTPClientTransport, type VersionNegotiationMode } from "@modelcontextprotocol/client";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { createDemoServer } from "@mcp-inspect/demo-server";
import { parseSessionFile, type Frame } from "@mcp-inspect/core";
import { CLI, RUN_TIMEOUT_MS, mcpInspect, requireBuild, startDualEraHttp } from "../../target/__tests__/cli-process";

const CLIENT_TOKEN = "Bearer client-token-4f1e";
const PROXY_KEY = "proxy-key-9b2c";

let dir: string;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** `mcp-inspect proxy --url <url> --listen 127.0.0.1:0 ...` as a process; the URL it prints on stderr, and how to stop it. */
async function startProxy(url: string, record: string, ...extra: string[]) {
  const child = spawn(process.execPath, [CLI, "proxy", "--url", url, "--listen", "127.0.0.1:0", "--header", `X-Api-Key: ${PROXY_KEY}`, "--record", record, ...extra], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  let stderr = "";
  const listening = await new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\S*) /.exec(stderr);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`the proxy exited (${code}) before it listened: ${stderr}`)));
  });
  let stopped = false;
  const stop = async () => {
    if (!stopped) child.kill("SIGTERM");
    stopped = true;
    return { code: await exited, stderr };
  };
  cleanups.push(async () => void (await stop()));
  return { url: listening, stop, stdout: () => child.stdout.read() as Buffer | null };
}

/** The 1.x demo server behind the 1.x SDK's HTTP+SSE server transport (GET /sse, POST /messages), on 127.0.0.1. */
async function serveLegacySse(): Promise<string> {
  const transports = new Map<string, SSEServerTransport>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "GET" && url.pathname === "/sse") {
      const transport = new SSEServerTransport("/messages", res);
      transports.set(transport.sessionId, transport);
      void createDemoServer({ stderr: { write: () => true } }).connect(transport);
      return;
    }
    const transport = transports.get(url.searchParams.get("sessionId") ?? "");
    if (req.method === "POST" && url.pathname === "/messages" && transport) return void transport.handlePostMessage(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/sse`;
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
}

function recorded(record: string) {
  const text = readFileSync(record, "utf8");
  const session = parseSessionFile(text);
  const sent = session.frames.flatMap((f) => (f.kind === "message" && f.dir === "client->server" ? [f.msg] : []));
  const http = session.frames.filter((f): f is Extract<Frame, { kind: "http" }> => f.kind === "http");
  return { text, session, sent, http, errors: session.frames.filter((f) => f.kind === "check" && f.severity === "error") };
}

async function connect(transport: StreamableHTTPClientTransport | SSEClientTransport, mode: VersionNegotiationMode) {
  const client = new Client({ name: "sdk-http-client", version: "4.2.0" }, { versionNegotiation: { mode } });
  await client.connect(transport);
  cleanups.push(() => client.close());
  return client;
}

describe("proxy --url with the SDK's HTTP clients", () => {
  it("Streamable HTTP (2025 era): initialize, list, call, log notifications on the call's stream; recorded with Authorization masked", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-http-"));
    const server = await startDualEraHttp();
    cleanups.push(server.stop);
    const record = join(dir, "s.jsonl");
    const proxy = await startProxy(server.url, record);
    expect(proxy.url).toBe(`${new URL(proxy.url).origin}/mcp`);
    const client = await connect(new StreamableHTTPClientTransport(new URL(proxy.url), { requestInit: { headers: { Authorization: CLIENT_TOKEN } } }), "legacy");
    const logs: string[] = [];
    client.setNotificationHandler("notifications/message", (n) => void logs.push(String(n.params.data)));
    expect((await client.listTools()).tools.map((t) => t.name)).toContain("echo");
    expect(JSON.stringify((await client.callTool({ name: "echo", arguments: { message: "through the http proxy" } })).content)).toContain("through the http proxy");
    await client.callTool({ name: "log_message", arguments: { upTo: "info" } });
    await waitFor(() => logs.includes("demo log message at info"));
    await client.close();
    const { code, stderr } = await proxy.stop();
    expect(code).toBe(0);
    expect(stderr).toMatch(/0 protocol errors found; session in .*s\.jsonl/);

    const { text, session, sent, http, errors } = recorded(record);
    expect(session.header.target).toMatchObject({ type: "http", url: server.url, transport: "auto", headerNames: ["X-Api-Key"] });
    expect(sent).toContainEqual(expect.objectContaining({ method: "initialize", params: expect.objectContaining({ clientInfo: { name: "sdk-http-client", version: "4.2.0" } }) }));
    expect(sent).toContainEqual(expect.objectContaining({ method: "tools/call", params: expect.objectContaining({ name: "echo" }) }));
    expect(session.frames).toContainEqual(expect.objectContaining({ kind: "message", dir: "server->client", msg: expect.objectContaining({ method: "notifications/message" }) }));
    const posts = http.filter((f) => f.event === "response" && f.method === "POST");
    expect(posts.length).toBeGreaterThanOrEqual(4);
    for (const post of posts) expect(post).toMatchObject({ requestHeaders: { authorization: "Bearer ****", "x-api-key": "****" } });
    expect(text).not.toContain("client-token-4f1e");
    expect(text).not.toContain(PROXY_KEY);
    expect(errors).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it("Streamable HTTP (2026-07-28): a subscriptions/listen stream stays open through the proxy and carries the change notification", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-http-"));
    const server = await startDualEraHttp();
    cleanups.push(server.stop);
    const record = join(dir, "s.jsonl");
    const proxy = await startProxy(server.url, record);
    const client = await connect(new StreamableHTTPClientTransport(new URL(proxy.url)), "auto");
    expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
    let changes = 0;
    client.setNotificationHandler("notifications/tools/list_changed", () => void changes++);
    const subscription = await client.listen({ toolsListChanged: true });
    await client.callTool({ name: "toggle_extra_tool", arguments: {} });
    await waitFor(() => changes > 0);
    await subscription.close();
    await client.close();
    await proxy.stop();
    const { sent, session, errors } = recorded(record);
    expect(sent.map((m) => m.method)).toEqual(expect.arrayContaining(["server/discover", "subscriptions/listen", "tools/call"]));
    expect(session.frames).toContainEqual(expect.objectContaining({ kind: "message", dir: "server->client", msg: expect.objectContaining({ method: "notifications/tools/list_changed" }) }));
    // The modern POSTs carry Mcp-Method (and Mcp-Name): recorded in full, and checked against the bodies.
    expect(session.frames).toContainEqual(expect.objectContaining({ kind: "http", event: "response", requestHeaders: expect.objectContaining({ "mcp-method": "tools/call", "mcp-name": "toggle_extra_tool" }) }));
    expect(errors).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it("HTTP+SSE: the endpoint leads the client's POSTs through the proxy; the call's answer and a log notification come on the GET stream", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-http-"));
    const upstream = await serveLegacySse();
    const record = join(dir, "s.jsonl");
    const proxy = await startProxy(upstream, record, "--transport", "sse");
    expect(new URL(proxy.url).pathname).toBe("/sse");
    const client = await connect(new SSEClientTransport(new URL(proxy.url), { requestInit: { headers: { Authorization: CLIENT_TOKEN } } }), "legacy");
    const logs: string[] = [];
    client.setNotificationHandler("notifications/message", (n) => void logs.push(String(n.params.data)));
    expect((await client.listTools()).tools.map((t) => t.name)).toContain("echo");
    expect(JSON.stringify((await client.callTool({ name: "echo", arguments: { message: "over sse" } })).content)).toContain("over sse");
    await client.callTool({ name: "log_message", arguments: { level: "warning", message: "sse log line" } });
    await waitFor(() => logs.includes("sse log line"));
    await client.close();
    await proxy.stop();
    const { text, session, sent, http, errors } = recorded(record);
    expect(session.header.target).toMatchObject({ type: "http", transport: "sse" });
    expect(sent).toContainEqual(expect.objectContaining({ method: "initialize", params: expect.objectContaining({ clientInfo: { name: "sdk-http-client", version: "4.2.0" } }) }));
    expect(sent).toContainEqual(expect.objectContaining({ method: "tools/call", params: expect.objectContaining({ name: "echo" }) }));
    expect(http).toContainEqual(expect.objectContaining({ event: "response", method: "GET", status: 200, stream: true }));
    expect(http.filter((f) => f.event === "response" && f.method === "POST" && f.url.includes("/messages?sessionId=")).length).toBeGreaterThanOrEqual(3);
    for (const f of http) if (f.event === "response") expect(f.requestHeaders).toMatchObject({ authorization: "Bearer ****" });
    expect(text).not.toContain("client-token-4f1e");
    expect(errors).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it("refuses a non-loopback --listen and --listen without --url with a usage error (exit 2), before listening", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-http-"));
    const open = await mcpInspect("proxy", "--url", "http://127.0.0.1:9/mcp", "--listen", "0.0.0.0:0");
    expect(open).toMatchObject({ code: 2, stdout: "" });
    expect(open.stderr).toContain("loopback only");
    const alone = await mcpInspect("proxy", "--listen", "127.0.0.1:0", "--", "node", "x.js");
    expect(alone).toMatchObject({ code: 2 });
    expect(alone.stderr).toContain("--listen applies to proxy --url");
  }, RUN_TIMEOUT_MS);
});
