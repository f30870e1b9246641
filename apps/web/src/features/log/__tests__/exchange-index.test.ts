import { describe, expect, it } from "vitest";
import { ExchangeIndex } from "../exchange-index";
import { builder } from "./frames";

describe("ExchangeIndex", () => {
  it("pairs a request with its response, its progress (by _meta.progressToken) and its cancellation (by requestId)", () => {
    const b = builder();
    const call = b.req(3, "tools/call", { name: "slow", _meta: { progressToken: "tok" } }, 100);
    const p1 = b.note("server->client", "notifications/progress", { progressToken: "tok", progress: 1 });
    const other = b.note("server->client", "notifications/progress", { progressToken: "other", progress: 1 });
    const p2 = b.note("server->client", "notifications/progress", { progressToken: "tok", progress: 2 });
    const cancel = b.note("client->server", "notifications/cancelled", { requestId: 3, reason: "user" });
    const res = b.err(3, "cancelled", 350);
    const index = new ExchangeIndex();
    index.sync(b.frames);
    const x = index.of(call.seq)!;
    expect(x.progress).toEqual([p1, p2]);
    expect(x.cancel).toBe(cancel);
    expect(x.response).toBe(res);
    expect(x.durationMs).toBe(250);
    // Every member finds the same exchange; the unrelated progress does not.
    for (const f of [p1, p2, cancel, res]) expect(index.of(f.seq)).toBe(x);
    expect(index.of(other.seq)).toBeUndefined();
  });

  it("pairs initialize too, scopes ids by direction, and forgets ids when the process exits", () => {
    const b = builder();
    const init = b.req(0, "initialize", { protocolVersion: "2025-06-18" }, 5);
    const fromServer = b.note("server->client", "ping"); // a notification-shaped frame: no pairing
    b.res(0, { protocolVersion: "2025-06-18" }, 25);
    b.exit();
    const late = b.res(0, {}, 90); // a new process: id 0 means nothing any more
    const index = new ExchangeIndex();
    index.sync(b.frames);
    expect(index.of(fromServer.seq)).toBeUndefined();
    expect(index.of(init.seq)?.durationMs).toBe(20);
    expect(index.of(late.seq)).toBeUndefined();
  });

  it("replaces an exchange object when it changes (memoised rows see it) and bumps the version", () => {
    const b = builder();
    const call = b.req(1, "tools/list");
    const index = new ExchangeIndex();
    index.sync(b.frames.slice());
    const before = index.of(call.seq);
    const v = index.version;
    b.res(1, { tools: [] });
    index.sync(b.frames.slice());
    expect(index.of(call.seq)).not.toBe(before);
    expect(index.version).toBeGreaterThan(v);
  });

  it("ignores a second response to the same request", () => {
    const b = builder();
    const call = b.req(1, "ping");
    const first = b.res(1, {});
    b.res(1, {});
    const index = new ExchangeIndex();
    index.sync(b.frames);
    expect(index.of(call.seq)?.response).toBe(first);
  });

  it("groups a 2026-07-28 multi-round-trip request into one operation: input_required, the retry with requestState, the final answer", () => {
    const b = builder();
    const round1 = b.req(1, "tools/call", { name: "book_trip", arguments: {} }, 100);
    b.res(1, { resultType: "input_required", inputRequests: { where: { method: "elicitation/create" } }, requestState: "s1" }, 150);
    const unrelated = b.req(2, "tools/call", { name: "echo", arguments: {} }, 160);
    b.res(2, { resultType: "complete", content: [] }, 170);
    const round2 = b.req(3, "tools/call", { name: "book_trip", arguments: {}, inputResponses: { where: {} }, requestState: "s1" }, 400);
    b.res(3, { resultType: "input_required", inputRequests: { ok: { method: "elicitation/create" } }, requestState: "s2" }, 420);
    const round3 = b.req(4, "tools/call", { name: "book_trip", arguments: {}, inputResponses: { ok: {} }, requestState: "s2" }, 900);
    const final = b.res(4, { resultType: "complete", content: [] }, 950);
    // A retry whose requestState was changed does not join (Checks reports it).
    const tampered = b.req(5, "tools/call", { name: "book_trip", inputResponses: {}, requestState: "forged" }, 960);
    const index = new ExchangeIndex();
    index.sync(b.frames);
    const operation = index.of(round1.seq)!.operation!;
    expect(operation.rounds).toEqual([round1, round2, round3]);
    expect(operation.final).toBe(final);
    expect(index.of(round3.seq)!.operation).toBe(operation);
    expect(final.t - round1.t).toBe(850);
    expect(index.of(unrelated.seq)!.operation).toBeUndefined();
    expect(index.of(tampered.seq)!.operation).toBeUndefined();
  });
});

