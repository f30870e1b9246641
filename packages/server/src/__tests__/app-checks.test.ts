import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { FastifyInstance } from "fastify";
import { parseSessionFile, type CheckFrame, type RelayServerPayload } from "@mcp-inspect/core";
import { createFullProtocolChecker } from "@mcp-inspect/core/checks/wire";
import { buildServer } from "../build-server";
import { nodeScriptSession, waitForFrame } from "./fixtures";
import type { InspectSession } from "../session";

/**
 * A stdio server with an MCP App gone wrong: show_chart names ui://chart/app.html, served as plain text/html;
 * admin_reset is for the model only. Everything else is correct.
 */
const BROKEN_APP_SERVER = `
const tools = [
  { name: "show_chart", description: "Chart", inputSchema: { type: "object" }, _meta: { ui: { resourceUri: "ui://chart/app.html" } } },
  { name: "admin_reset", description: "Reset", inputSchema: { type: "object" }, _meta: { ui: { visibility: ["model"] } } },
];
const results = {
  initialize: { protocolVersion: "2025-11-25", capabilities: { tools: {}, resources: {} }, serverInfo: { name: "broken-app", version: "1" } },
  "tools/list": { tools },
  "resources/read": { contents: [{ uri: "ui://chart/app.html", mimeType: "text/html", text: "<!doctype html><p>chart</p>" }] },
  "tools/call": { content: [{ type: "text", text: "done" }] },
};
let buf = "";
process.stdin.on("data", (chunk) => {
  buf += chunk;
  let nl;
  while ((nl = buf.indexOf("\\n")) !== -1) {
    const msg = JSON.parse(buf.slice(0, nl)); buf = buf.slice(nl + 1);
    if (msg.id !== undefined) process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: msg.id, result: results[msg.method] ?? {} }) + "\\n");
  }
});
`;

const TOKEN = "apps-token";
let app: FastifyInstance | undefined;
let session: InspectSession | undefined;
afterEach(async () => {
  await session?.stop();
  await app?.close();
});

describe("the MCP Apps checks in a live session", () => {
  it("a tab's requests and its app's messages pass the full checker: findings are check frames, recorded and relayed", async () => {
    const created = nodeScriptSession(BROKEN_APP_SERVER, { checker: createFullProtocolChecker() });
    session = created.session;
    app = await buildServer({ session, token: TOKEN });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as { port: number }).port;
    session.start();
    await waitForFrame(session, (f) => f.kind === "process" && f.event === "spawn");

    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/relay?token=${TOKEN}`, { headers: { origin: `http://127.0.0.1:${port}` } });
    const payloads: RelayServerPayload[] = [];
    ws.on("message", (data) => payloads.push(JSON.parse(data.toString())));
    await new Promise((resolve) => ws.on("open", resolve));
    const send = (payload: unknown) => ws.send(JSON.stringify(payload));
    const answered = (id: number) => waitForFrame(session!, (f) => f.kind === "message" && f.dir === "server->client" && f.msg.id === id);

    // What the page does: handshake, tools, the app resource; then the app (in its frame) asks for admin_reset.
    send({ type: "send", message: { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "t", version: "1" } } } });
    await answered(0);
    send({ type: "send", message: { jsonrpc: "2.0", method: "notifications/initialized" } });
    send({ type: "send", message: { jsonrpc: "2.0", id: 1, method: "tools/list" } });
    await answered(1);
    send({ type: "send", message: { jsonrpc: "2.0", id: 2, method: "resources/read", params: { uri: "ui://chart/app.html" } } });
    await answered(2);
    const ref = { instance: "app-1", uri: "ui://chart/app.html", tool: "show_chart" };
    send({ type: "app-message", dir: "app->host", app: ref, message: { jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "admin_reset", arguments: {} } } });
    send({ type: "app-message", dir: "host->app", app: ref, message: { jsonrpc: "2.0", id: 7, error: { code: -32000, message: "admin_reset is not visible to apps" } } });
    const appCall = await waitForFrame(session, (f) => f.kind === "app" && f.dir === "app->host");
    await waitForFrame(session, (f) => f.kind === "check" && f.rule === "apps/tool-not-visible-to-app");
    await waitForFrame(session, (f) => f.kind === "app" && f.dir === "host->app");

    const checks = session.history().filter((f): f is CheckFrame => f.kind === "check");
    expect(checks.map((c) => c.rule)).toEqual(["apps/resource-mime-type", "apps/tool-not-visible-to-app"]);
    expect(checks[1]).toMatchObject({ severity: "error", about: appCall.seq });
    expect(checks[0]!.message).toContain('mimeType "text/html", not "text/html;profile=mcp-app"');
    // Recorded, and relayed to the tab like every frame.
    const recorded = parseSessionFile(readFileSync(created.file, "utf8")).frames.filter((f) => f.kind === "check");
    expect(recorded).toEqual(checks);
    // The tab gets frames in order: once it has the host's answer to the app, it has every check before it.
    const last = session.lastSeq;
    await new Promise<void>((resolve) => {
      const seen = () => payloads.some((p) => p.type === "frame" && p.frame.seq === last);
      if (seen()) resolve();
      else ws.on("message", () => seen() && resolve());
    });
    const relayed = payloads.flatMap((p) => (p.type === "frame" && p.frame.kind === "check" ? [p.frame] : []));
    expect(relayed).toEqual(checks);
    ws.close();
  });
});
