// The dual-era bundle's 2026-07-28 wire, with raw JSON-RPC lines: what an inspector sees and its checks will judge.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { envelope, RawSession, requireBuiltServer, SPAWN_TIMEOUT_MS } from "./dual-era-harness.js";
import { waitFor } from "./harness.js";

let raw: RawSession | undefined;
beforeAll(requireBuiltServer);
afterEach(() => raw?.close());

const SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

describe("dist/server-v2.js on the 2026-07-28 wire", { timeout: SPAWN_TIMEOUT_MS }, () => {
  it("answers server/discover with versions, capabilities, cache hints and server info in _meta", async () => {
    raw = new RawSession();
    const { result } = await raw.request(1, "server/discover", { _meta: envelope() });
    expect(result).toMatchObject({
      resultType: "complete",
      supportedVersions: ["2026-07-28"],
      capabilities: { tools: { listChanged: true }, resources: { subscribe: true, listChanged: true }, logging: {} },
      ttlMs: 60_000,
      cacheScope: "public",
      _meta: { "io.modelcontextprotocol/serverInfo": { name: "mcp-inspect-demo-v2" } },
    });
  });

  it("runs book_trip as input_required rounds; the retry echoes requestState and gets the result", async () => {
    raw = new RawSession();
    const first = await raw.request(1, "tools/call", { name: "book_trip", arguments: {}, _meta: envelope() });
    expect(first["result"]).toMatchObject({
      resultType: "input_required",
      inputRequests: { destination: { method: "elicitation/create", params: { mode: "form", message: "Where to?" } } },
    });
    expect(first["result"]).not.toHaveProperty("requestState");

    const picked = { destination: { action: "accept", content: { destination: "Oslo" } } };
    const second = (await raw.request(2, "tools/call", { name: "book_trip", arguments: {}, _meta: envelope(), inputResponses: picked }))[
      "result"
    ] as Record<string, unknown>;
    expect(second).toMatchObject({ resultType: "input_required", inputRequests: { confirm: { method: "elicitation/create" } } });
    expect(second["requestState"]).toEqual(expect.any(String));

    const confirmed = { confirm: { action: "accept", content: { confirm: true } } };
    const params = { name: "book_trip", arguments: {}, _meta: envelope(), inputResponses: confirmed, requestState: second["requestState"] };
    const last = await raw.request(3, "tools/call", params);
    expect(last["result"]).toMatchObject({ resultType: "complete", structuredContent: { booked: true, destination: "Oslo" } });
  });

  it("refuses a requestState it did not mint with -32602", async () => {
    raw = new RawSession();
    const confirmed = { confirm: { action: "accept", content: { confirm: true } } };
    const answer = await raw.request(1, "tools/call", { name: "book_trip", arguments: {}, _meta: envelope(), inputResponses: confirmed, requestState: "forged" });
    expect(answer["error"]).toMatchObject({ code: -32602, message: "Invalid or expired requestState" });
  });

  it("acknowledges subscriptions/listen, then sends demo://counter updates and list changes on it", async () => {
    raw = new RawSession();
    const session = raw;
    const notifications = { resourceSubscriptions: ["demo://counter"], toolsListChanged: true, resourcesListChanged: true };
    void session.request("listen-1", "subscriptions/listen", { _meta: envelope(), notifications });
    await waitFor(() => session.notifications.some((n) => n.method === "notifications/subscriptions/acknowledged"), SPAWN_TIMEOUT_MS);
    expect(session.notifications[0]).toMatchObject({ params: { notifications, _meta: { [SUBSCRIPTION_ID]: "listen-1" } } });

    await session.request(2, "tools/call", { name: "touch_resource", arguments: {}, _meta: envelope() });
    await session.request(3, "tools/call", { name: "toggle_extra_tool", arguments: {}, _meta: envelope() });
    await session.request(4, "tools/call", { name: "add_note", arguments: { text: "a note" }, _meta: envelope() });
    const wanted = ["notifications/resources/updated", "notifications/tools/list_changed", "notifications/resources/list_changed"];
    await waitFor(() => wanted.every((method) => session.notifications.some((n) => n.method === method)), SPAWN_TIMEOUT_MS);
    const onStream = session.notifications.filter((n) => wanted.includes(n.method));
    expect(onStream.every((n) => (n.params?.["_meta"] as Record<string, unknown>)[SUBSCRIPTION_ID] === "listen-1")).toBe(true);
    expect(onStream.find((n) => n.method === "notifications/resources/updated")?.params).toMatchObject({ uri: "demo://counter" });
  });

  it("sends nothing unsolicited: without a listen stream a change produces no notification", async () => {
    raw = new RawSession();
    await raw.request(1, "tools/call", { name: "touch_resource", arguments: {}, _meta: envelope() });
    await raw.request(2, "tools/call", { name: "toggle_extra_tool", arguments: {}, _meta: envelope() });
    // One more round trip, so a notification sent (or debounced) after the toggle's answer would have arrived by now.
    await raw.request(3, "tools/list", { _meta: envelope() });
    expect(raw.notifications).toEqual([]);
  });

  it("puts ttlMs/cacheScope on reads and answers an unknown resource with -32602", async () => {
    raw = new RawSession();
    const counter = await raw.request(1, "resources/read", { uri: "demo://counter", _meta: envelope() });
    expect(counter["result"]).toMatchObject({ ttlMs: 0, cacheScope: "private", contents: [{ uri: "demo://counter", text: "0" }] });
    const list = await raw.request(2, "resources/list", { _meta: envelope() });
    expect(list["result"]).toMatchObject({ ttlMs: 5_000, cacheScope: "private" });
    const missing = await raw.request(3, "resources/read", { uri: "demo://missing", _meta: envelope() });
    expect(missing["error"]).toMatchObject({ code: -32602 });
  });
});
