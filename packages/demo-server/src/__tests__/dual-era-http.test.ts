// The dual-era factory behind createMcpHandler (Streamable HTTP, one instance per request), in process: the client's
// fetch goes straight to the handler, so the HTTP semantics hold without a port.
import { Client, StreamableHTTPClientTransport, type VersionNegotiationMode } from "@modelcontextprotocol/client";
import { createMcpHandler } from "@modelcontextprotocol/server";
import { afterEach, describe, expect, it } from "vitest";
import { createDualEraApp, createDualEraDemoServer } from "../dual-era/index.js";
import { SPAWN_TIMEOUT_MS } from "./dual-era-harness.js";
import { waitFor } from "./harness.js";

const open: Client[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.close()));
});

async function connectOverHttp(mode: VersionNegotiationMode) {
  const app = createDualEraApp();
  const handler = createMcpHandler((ctx) => createDualEraDemoServer(ctx, app));
  // Instances live for one request, so changes are announced through the handler's open listen streams.
  app.notifier = handler.notify;
  const client = new Client({ name: "http-test", version: "1.0.0" }, { versionNegotiation: { mode }, capabilities: { elicitation: { form: {} } } });
  const asked: string[] = [];
  client.setRequestHandler("elicitation/create", (request) => {
    asked.push(request.params.message);
    return { action: "accept", content: { destination: "Lisbon", confirm: true } };
  });
  const fetch = (url: string | URL, init?: RequestInit) => handler.fetch(new Request(url, init));
  await client.connect(new StreamableHTTPClientTransport(new URL("http://127.0.0.1/mcp"), { fetch }));
  open.push(client);
  return { client, asked };
}

describe("the dual-era factory over Streamable HTTP", { timeout: SPAWN_TIMEOUT_MS }, () => {
  it("serves 2026-07-28 with input_required rounds", async () => {
    const { client, asked } = await connectOverHttp("auto");
    expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
    expect((await client.callTool({ name: "add", arguments: { a: 1, b: 2 } })).structuredContent).toEqual({ sum: 3 });
    expect((await client.callTool({ name: "book_trip", arguments: {} })).structuredContent).toEqual({ booked: true, destination: "Lisbon" });
    expect(asked).toEqual(["Where to?", "Book a trip to Lisbon?"]);
  });

  it("fills the greeting prompt and completes its name argument", async () => {
    const { client } = await connectOverHttp("auto");
    const prompt = await client.getPrompt({ name: "greeting", arguments: { name: "Ada", style: "formal" } });
    expect(prompt.messages[0]?.content).toEqual({ type: "text", text: "Good day, Ada." });
    const completion = await client.complete({ ref: { type: "ref/prompt", name: "greeting" }, argument: { name: "name", value: "a" } });
    expect(completion.completion.values).toEqual(["Ada", "Alan"]);
  });

  it("announces changes through handler.notify onto a listen stream opened by another request", async () => {
    const { client } = await connectOverHttp("auto");
    const updated: string[] = [];
    let toolChanges = 0;
    client.setNotificationHandler("notifications/resources/updated", (n) => void updated.push(n.params.uri));
    client.setNotificationHandler("notifications/tools/list_changed", () => void toolChanges++);
    const subscription = await client.listen({ resourceSubscriptions: ["demo://counter"], toolsListChanged: true });
    await client.callTool({ name: "touch_resource", arguments: {} });
    await client.callTool({ name: "toggle_extra_tool", arguments: {} });
    await waitFor(() => updated.length > 0 && toolChanges > 0, SPAWN_TIMEOUT_MS);
    expect(updated).toEqual(["demo://counter"]);
    expect((await client.listTools(undefined, { cacheMode: "refresh" })).tools.map((tool) => tool.name)).toContain("extra");
    await subscription.close();
  });

  it("serves 2025 clients statelessly: plain tools work, server->client requests cannot", async () => {
    const { client, asked } = await connectOverHttp("legacy");
    expect(client.getNegotiatedProtocolVersion()).toBe("2025-11-25");
    expect((await client.callTool({ name: "add", arguments: { a: 2, b: 2 } })).structuredContent).toEqual({ sum: 4 });
    const trip = await client.callTool({ name: "book_trip", arguments: {} });
    expect(trip.isError).toBe(true);
    expect(asked).toEqual([]);
  });
});
