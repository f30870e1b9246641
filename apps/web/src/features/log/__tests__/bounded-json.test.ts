import { describe, expect, it } from "vitest";
import { boundedJson } from "../bounded-json";

describe("boundedJson", () => {
  it("equals JSON.stringify for small values", () => {
    const value = { a: [1, "two", null, true], b: { c: "d" }, skip: undefined };
    expect(boundedJson(value, 1000)).toEqual({ text: JSON.stringify(value), truncated: false });
  });
  it("stops at the limit on a huge value", () => {
    const huge = { result: { content: [{ type: "text", text: "x".repeat(10_000_000) }] } };
    const { text, truncated } = boundedJson(huge, 1000);
    expect(truncated).toBe(true);
    expect(text.length).toBe(1000);
    expect(text.startsWith('{"result":{"content":[{"type":"text","text":"xxx')).toBe(true);
  });
});
