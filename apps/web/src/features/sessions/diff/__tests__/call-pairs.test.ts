import { describe, expect, it } from "vitest";
import { callsOf, pairCalls } from "../call-pairs";
import { SessionBuilder } from "./frames";

const text = (t: string) => ({ result: { content: [{ type: "text", text: t }] } });

describe("pairCalls", () => {
  it("pairs repeated identical calls in order and finds where the n-th answers differ", () => {
    const a = new SessionBuilder()
      .call("tools/call", { name: "count", arguments: {} }, text("1"))
      .call("tools/call", { name: "count", arguments: {} }, text("2"));
    const b = new SessionBuilder()
      .call("tools/call", { name: "count", arguments: {} }, text("1"))
      .call("tools/call", { name: "count", arguments: {} }, text("3"));
    const pairs = pairCalls(callsOf(a.frames), callsOf(b.frames));
    expect(pairs.map((p) => [p.label, p.status])).toEqual([
      ["tools/call count", "same"],
      ["tools/call count", "differs"],
    ]);
    expect(pairs[1]!.diffs).toEqual([{ path: "/result/content/0/text", expected: "2", actual: "3" }]);
    expect(pairs[1]!.a!.seq).toBe(3);
  });

  it("ignores ids, progress tokens, timestamps, key order and JSON spacing", () => {
    const a = new SessionBuilder().call(
      "tools/call",
      { name: "echo", arguments: { x: 1, y: 2 }, _meta: { progressToken: 7 } },
      text('{"at":"2025-01-01T00:00:00Z","v":1}'),
    );
    const b = new SessionBuilder();
    b.call("ping", undefined, { result: {} }); // shifts ids and seqs
    b.call("tools/call", { arguments: { y: 2, x: 1 }, name: "echo", _meta: { progressToken: 99 } }, text('{ "v": 1, "at": "2026-05-05T10:00:00Z" }'));
    const pairs = pairCalls(callsOf(a.frames), callsOf(b.frames));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ status: "same", diffs: [] });
  });

  it("matches resources/read by uri and prompts/get by name + arguments; the rest is only in A or B", () => {
    const a = new SessionBuilder()
      .call("resources/read", { uri: "file:///a" }, { result: { contents: [{ uri: "file:///a", text: "A" }] } })
      .call("prompts/get", { name: "greet", arguments: { who: "x" } }, { result: { messages: [] } })
      .call("tools/list", {}, { result: { tools: [] } });
    const b = new SessionBuilder()
      .call("prompts/get", { name: "greet", arguments: { who: "y" } }, { result: { messages: [] } })
      .call("resources/read", { uri: "file:///a" }, { error: { code: -32002, message: "not found" } })
      .call("tools/call", { name: "slow" }, false);
    const pairs = pairCalls(callsOf(a.frames), callsOf(b.frames));
    expect(pairs.map((p) => [p.label, p.status])).toEqual([
      ["resources/read file:///a", "differs"],
      ["prompts/get greet {who: x}", "only-a"],
      ["prompts/get greet {who: y}", "only-b"],
      ["tools/call slow", "only-b"],
    ]);
    expect(pairs[0]!.diffs.map((d) => d.path)).toEqual(["/error", "/result"]);
    expect(pairs[3]!.b!.response).toBeUndefined();
  });
});
