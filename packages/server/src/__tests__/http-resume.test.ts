import { randomUUID } from "node:crypto";
import { createServer, type Server as HttpServer } from "node:http";
import type { HttpFrame, SessionHeader } from "@mcp-inspect/core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, expect, it } from "vitest";
import { createHttpTarget } from "../http-target";
import { MemoryEventStore } from "../memory-event-store";
import { InspectSession } from "../session";
import { SessionTransport } from "../session-transport";
import { waitForFrame } from "./fixtures";
import { listenOnLoopback } from "./http-fixtures";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A resumable Streamable HTTP server whose one tool reports progress three times, 150 ms apart. */
async function resumableServer(): Promise<string> {
  const transports = new Map<string, StreamableHTTPServerTransport>();
  const http: HttpServer = createServer(async (req, res) => {
    const id = req.headers["mcp-session-id"];
    let transport = typeof id === "string" ? transports.get(id) : undefined;
    if (!transport) {
      const created: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: randomUUID,
        eventStore: new MemoryEventStore(),
        onsessioninitialized: (sid): void => void transports.set(sid, created),
      });
      const server = new Server({ name: "resumable", version: "1" }, { capabilities: { tools: {} } });
      server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [{ name: "slow", inputSchema: { type: "object" } }] }));
      server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
        for (let i = 1; i <= 3; i++) {
          await new Promise((r) => setTimeout(r, 150));
          await extra.sendNotification({ method: "notifications/progress", params: { progressToken: request.params._meta!.progressToken!, progress: i, total: 3 } });
        }
        return { content: [{ type: "text", text: "slow done" }] };
      });
      await server.connect(created);
      transport = created;
    }
    await transport!.handleRequest(req, res);
  });
  const port = await listenOnLoopback(http);
  cleanups.push(() => new Promise((resolve) => { http.closeAllConnections(); http.close(resolve); }));
  return `http://127.0.0.1:${port}/mcp`;
}

/** Cuts the SSE answer to tools/call right after its first event, as a flaky proxy would. */
const droppingFetch: FetchLike = async (url, init) => {
  const response = await fetch(url, init);
  const isCall = typeof init?.body === "string" && init.body.includes('"tools/call"');
  if (!isCall || !response.body) return response;
  const reader = response.body.getReader();
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent) {
        void reader.cancel();
        controller.error(new Error("connection reset by the test"));
        return;
      }
      const { done, value } = await reader.read();
      if (done) return controller.close();
      if (new TextDecoder().decode(value).includes("notifications/progress")) sent = true;
      controller.enqueue(value);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
};

it("records a dropped stream and its resumption with Last-Event-ID; the answer still arrives", async () => {
  const url = await resumableServer();
  const header: SessionHeader = { format: "mcp-inspect-session", version: 1, id: "resume", target: { type: "http", url, transport: "streamable-http", headerNames: [] }, inspector: { name: "mcp-inspect", version: "test" }, startedAt: new Date().toISOString() };
  const session = new InspectSession({ header });
  session.attach((emit) => createHttpTarget({ url, transport: "streamable-http", headers: {}, fetch: droppingFetch }, emit));
  session.start();
  cleanups.push(() => session.stop());
  await waitForFrame(session, (f) => f.kind === "process");
  const client = new Client({ name: "resume-test", version: "1" });
  await client.connect(new SessionTransport(session), { timeout: 10_000 });
  cleanups.push(() => client.close());

  const progress: number[] = [];
  const result = await client.callTool({ name: "slow", arguments: {} }, undefined, { onprogress: (p) => progress.push(p.progress), timeout: 10_000 });
  expect(JSON.stringify(result.content)).toContain("slow done");
  expect(progress).toEqual([1, 2, 3]);

  const http = session.history().filter((f): f is HttpFrame => f.kind === "http");
  expect(http.find((f) => f.event === "stream-end")).toMatchObject({ method: "POST", reason: expect.stringContaining("dropped") });
  const resumed = http.find((f) => f.event === "response" && f.resumedFrom);
  expect(resumed).toMatchObject({ method: "GET", status: 200, stream: true, requestHeaders: { "last-event-id": expect.any(String) } });
});
