import { describe, expect, it } from "vitest";
import { parseJsonArgs } from "../parse-json-args";

describe("parseJsonArgs", () => {
  it("treats blank text as no arguments", () => {
    expect(parseJsonArgs("")).toEqual({ ok: true, value: {} });
    expect(parseJsonArgs("  \n ")).toEqual({ ok: true, value: {} });
  });

  it("parses an object", () => {
    expect(parseJsonArgs('{ "a": 1, "b": [true] }')).toEqual({ ok: true, value: { a: 1, b: [true] } });
  });

  it("reports invalid JSON", () => {
    const result = parseJsonArgs('{ "a": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^invalid JSON: /);
  });

  it("rejects values that are not objects", () => {
    expect(parseJsonArgs("[1]")).toEqual({ ok: false, error: "arguments must be a JSON object, not an array" });
    expect(parseJsonArgs("null")).toEqual({ ok: false, error: "arguments must be a JSON object, not null" });
    expect(parseJsonArgs('"x"')).toEqual({ ok: false, error: "arguments must be a JSON object, not a string" });
    expect(parseJsonArgs("3")).toEqual({ ok: false, error: "arguments must be a JSON object, not a number" });
  });
});
