// The dual-era bundle in 2026-07-28, driven by the v2 Client in `auto` mode: discover, input_required, listen, _meta.
import type { Client } from "@modelcontextprotocol/client";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectV2, requireBuiltServer, SPAWN_TIMEOUT_MS, type Recorded } from "./dual-era-harness.js";
import { waitFor } from "./harness.js";

let session: { client: Client; seen: Recorded } | undefined;
beforeAll(requireBuiltServer);
afterEach(async () => session?.client.close());

async function start() {
  session = await connectV2("auto");
  return session;
}

describe("dist/server-v2.js with a v2 client in auto mode", { timeout: SPAWN_TIMEOUT_MS }, () => {
  it("negotiates 2026-07-28 through server/discover and says who it is there", async () => {
    const { client } = await start();
    expect(client.getProtocolEra()).toBe("modern");
    expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
    const discover = client.getDiscoverResult();
    expect(discover?.supportedVersions).toContain("2026-07-28");
    expect(discover?.capabilities.resources).toEqual({ subscribe: true, listChanged: true });
    expect(client.getServerVersion()?.name).toBe("mcp-inspect-demo-v2");
    expect(client.getInstructions()).toContain("dual-era demo server");
  });

  it("lists the tools and answers add with structured output", async () => {
    const { client } = await start();
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(["echo", "add", "ask_user", "book_trip", "sample_llm", "list_roots", "touch_resource"]));
    const result = await client.callTool({ name: "add", arguments: { a: 2, b: 3 } });
    expect(result.structuredContent).toEqual({ sum: 5 });
  });

  it("completes a multi-round-trip tool: two elicitations, the second round carried by requestState", async () => {
    const { client, seen } = await start();
    const result = await client.callTool({ name: "book_trip", arguments: {} });
    expect(result.structuredContent).toEqual({ booked: true, destination: "Oslo" });
    expect(seen.elicitations).toEqual(["Where to?", "Book a trip to Oslo?"]);
  });

  it("gets form, sampling and roots answers as embedded input requests", async () => {
    const { client, seen } = await start();
    const asked = await client.callTool({ name: "ask_user", arguments: { message: "Who are you?" } });
    expect(asked.structuredContent).toMatchObject({ action: "accept", content: { name: "Ada" } });
    expect(seen.elicitations).toEqual(["Who are you?"]);
    const sampled = await client.callTool({ name: "sample_llm", arguments: { prompt: "Say hi" } });
    expect(sampled.content[0]).toEqual({ type: "text", text: "sampled answer" });
    const roots = await client.callTool({ name: "list_roots", arguments: {} });
    expect(roots.structuredContent).toEqual({ roots: [{ uri: "file:///work/project", name: "project" }] });
    expect([seen.samplings, seen.rootsLists]).toEqual([1, 1]);
  });

  it("sees the per-request _meta envelope on the server side", async () => {
    const { client } = await start();
    const result = await client.callTool({ name: "protocol_info", arguments: {} });
    expect(result.structuredContent).toMatchObject({
      era: "modern",
      envelope: { "io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientInfo": { name: "dual-era-test" } },
    });
  });

  it("reads resources with their cache hints", async () => {
    const { client } = await start();
    const readme = await client.readResource({ uri: "demo://readme" });
    expect(readme).toMatchObject({ ttlMs: 60_000, cacheScope: "public" });
    expect(readme.contents[0]).toMatchObject({ uri: "demo://readme", mimeType: "text/markdown" });
    expect(await client.readResource({ uri: "demo://counter" })).toMatchObject({ ttlMs: 0, cacheScope: "private" });
  });

  it("delivers resource updates and list changes on a subscriptions/listen stream", async () => {
    const { client, seen } = await start();
    const subscription = await client.listen({ resourceSubscriptions: ["demo://counter"], toolsListChanged: true, resourcesListChanged: true });
    expect(subscription.honoredFilter).toEqual({ resourceSubscriptions: ["demo://counter"], toolsListChanged: true, resourcesListChanged: true });
    await client.callTool({ name: "touch_resource", arguments: {} });
    await client.callTool({ name: "toggle_extra_tool", arguments: {} });
    await client.callTool({ name: "add_note", arguments: { text: "hello" } });
    await waitFor(() => seen.updatedUris.length > 0 && seen.toolListChanges > 0 && seen.resourceListChanges > 0, SPAWN_TIMEOUT_MS);
    expect(seen.updatedUris).toEqual(["demo://counter"]);
    const counter = await client.readResource({ uri: "demo://counter" });
    expect(counter.contents[0]).toMatchObject({ text: "1" });
    await subscription.close();
    expect(await subscription.closed).toBe("local");
  });

  it("sends log messages only at or above the level the request's _meta asks for", async () => {
    const { client, seen } = await start();
    await client.callTool({ name: "log_message", arguments: { upTo: "error" } });
    expect(seen.logs).toEqual([]);
    await client.callTool({ name: "log_message", arguments: { upTo: "error" }, _meta: { "io.modelcontextprotocol/logLevel": "warning" } });
    expect(seen.logs.map((log) => log.level)).toEqual(["warning", "error"]);
  });
});
