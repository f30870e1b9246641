// The dual-era bundle in the 2025 era: the v2 Client in `legacy` mode and the 1.x SDK Client both get initialize,
// and the multi-round-trip tools reach them as ordinary server->client requests (the SDK's legacy shim).
import { Client as V1Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport as V1StdioTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import {
  CallToolResultSchema,
  ElicitRequestSchema,
  ResourceUpdatedNotificationSchema,
  type CallToolResult,
} from "@modelcontextprotocol/sdk/types.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectV2, requireBuiltServer, SERVER_V2, SPAWN_TIMEOUT_MS } from "./dual-era-harness.js";
import { waitFor } from "./harness.js";

const open: { close(): Promise<void> }[] = [];
beforeAll(requireBuiltServer);
afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.close()));
});

async function startV2(): Promise<Awaited<ReturnType<typeof connectV2>>> {
  const session = await connectV2("legacy");
  open.push(session.client);
  return session;
}

async function startV1() {
  const client = new V1Client({ name: "sdk-1x-test", version: "1.0.0" }, { capabilities: { elicitation: {} } });
  const asked: string[] = [];
  const updated: string[] = [];
  client.setRequestHandler(ElicitRequestSchema, (request) => {
    asked.push(request.params.message);
    return { action: "accept", content: { destination: "Kyoto", confirm: true } };
  });
  client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => void updated.push(n.params.uri));
  await client.connect(new V1StdioTransport({ command: process.execPath, args: [SERVER_V2], stderr: "pipe" }));
  open.push(client);
  return { client, asked, updated };
}

async function callV1(client: V1Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return client.callTool({ name, arguments: args }, CallToolResultSchema) as Promise<CallToolResult>;
}

describe("dist/server-v2.js with a v2 client in legacy mode", { timeout: SPAWN_TIMEOUT_MS }, () => {
  it("connects with initialize at 2025-11-25 and has no discover result", async () => {
    const { client } = await startV2();
    expect(client.getProtocolEra()).toBe("legacy");
    expect(client.getNegotiatedProtocolVersion()).toBe("2025-11-25");
    expect(client.getDiscoverResult()).toBeUndefined();
    expect(client.getServerVersion()?.name).toBe("mcp-inspect-demo-v2");
  });

  it("completes book_trip through two elicitation/create requests from the server", async () => {
    const { client, seen } = await startV2();
    const result = await client.callTool({ name: "book_trip", arguments: {} });
    expect(result.structuredContent).toEqual({ booked: true, destination: "Oslo" });
    expect(seen.elicitations).toEqual(["Where to?", "Book a trip to Oslo?"]);
    const info = await client.callTool({ name: "protocol_info", arguments: {} });
    expect(info.structuredContent).toEqual({ era: "legacy", envelope: {} });
  });

  it("gets sampling and roots through sampling/createMessage and roots/list requests from the server", async () => {
    const { client, seen } = await startV2();
    const sampled = await client.callTool({ name: "sample_llm", arguments: { prompt: "Say hi" } });
    expect(sampled.content[0]).toEqual({ type: "text", text: "sampled answer" });
    const roots = await client.callTool({ name: "list_roots", arguments: {} });
    expect(roots.structuredContent).toEqual({ roots: [{ uri: "file:///work/project", name: "project" }] });
    expect([seen.samplings, seen.rootsLists]).toEqual([1, 1]);
  });
});

describe("dist/server-v2.js with the 1.x SDK client", { timeout: SPAWN_TIMEOUT_MS }, () => {
  it("negotiates 2025-11-25, lists the tools and adds", async () => {
    const { client } = await startV1();
    expect(client.getServerVersion()?.name).toBe("mcp-inspect-demo-v2");
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(["echo", "add", "book_trip"]));
    expect((await callV1(client, "add", { a: 4, b: 5 })).structuredContent).toEqual({ sum: 9 });
  });

  it("answers the elicitations of a multi-round-trip tool", async () => {
    const { client, asked } = await startV1();
    expect((await callV1(client, "book_trip")).structuredContent).toEqual({ booked: true, destination: "Kyoto" });
    expect(asked).toEqual(["Where to?", "Book a trip to Kyoto?"]);
  });

  it("reads a resource and gets resources/updated after resources/subscribe", async () => {
    const { client, updated } = await startV1();
    const readme = await client.readResource({ uri: "demo://readme" });
    expect(readme.contents[0]).toMatchObject({ uri: "demo://readme", mimeType: "text/markdown" });
    expect(readme).not.toHaveProperty("ttlMs");
    await client.subscribeResource({ uri: "demo://counter" });
    await callV1(client, "touch_resource");
    await waitFor(() => updated.length > 0, SPAWN_TIMEOUT_MS);
    expect(updated).toEqual(["demo://counter"]);
  });
});
