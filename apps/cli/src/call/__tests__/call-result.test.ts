import { describe, expect, it } from "vitest";
import { eraNeutralResult } from "../call-result";

describe("eraNeutralResult (what call prints, the same shape in both eras)", () => {
  it("leaves out the 2026-07-28 envelope: resultType, cache hints, the server's identity in _meta", () => {
    const modern = { resultType: "complete", ttlMs: 0, cacheScope: "private", _meta: { "io.modelcontextprotocol/serverInfo": { name: "s", version: "1" } }, content: [{ type: "text", text: "5" }], structuredContent: { sum: 5 } };
    expect(eraNeutralResult(modern)).toEqual({ content: [{ type: "text", text: "5" }], structuredContent: { sum: 5 } });
  });

  it("keeps what the server put in the result itself, its own _meta keys included", () => {
    const result = { content: [], _meta: { "io.modelcontextprotocol/serverInfo": { name: "s" }, "example.com/trace": "t1" }, isError: true };
    expect(eraNeutralResult(result)).toEqual({ content: [], _meta: { "example.com/trace": "t1" }, isError: true });
    const legacy = { tools: [{ name: "add" }], nextCursor: "2" };
    expect(eraNeutralResult(legacy)).toEqual(legacy);
  });
});
