import { describe, expect, it } from "vitest";
import { parseJsonArgs } from "../lib/parse-json-args";
import { argsSkeleton } from "../lib/args-skeleton";

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

describe("argsSkeleton", () => {
  it("is {} without properties", () => {
    expect(argsSkeleton(undefined)).toBe("{}");
    expect(argsSkeleton({ type: "object" })).toBe("{}");
    expect(argsSkeleton({ type: "object", properties: { a: { type: "string" } } })).toBe("{}");
  });

  it("fills required properties and defaults", () => {
    const schema = {
      type: "object",
      properties: {
        text: { type: "string" },
        count: { type: "integer", default: 3 },
        mode: { enum: ["fast", "slow"] },
        ratio: { type: ["number", "null"] },
        flag: { type: "boolean" },
        tags: { type: "array" },
        optional: { type: "string" },
      },
      required: ["text", "mode", "ratio", "flag", "tags"],
    };
    expect(JSON.parse(argsSkeleton(schema))).toEqual({ text: "", count: 3, mode: "fast", ratio: 0, flag: false, tags: [] });
  });
});

describe("argsSkeleton with nested schemas", () => {
  it("fills nested objects, anyOf/oneOf and local $refs", () => {
    const schema = {
      type: "object",
      $defs: { Address: { type: "object", properties: { city: { type: "string" }, zip: { type: "string" } }, required: ["city"] } },
      properties: {
        customer: { type: "object", properties: { name: { type: "string" }, vip: { type: "boolean", default: false } }, required: ["name"] },
        address: { $ref: "#/$defs/Address" },
        payment: { oneOf: [{ type: "null" }, { type: "object", properties: { card: { type: "string" } }, required: ["card"] }] },
        note: { anyOf: [{ type: "string" }, { type: "null" }] },
      },
      required: ["customer", "address", "payment", "note"],
    };
    expect(JSON.parse(argsSkeleton(schema))).toEqual({
      customer: { name: "", vip: false },
      address: { city: "" },
      payment: { card: "" },
      note: "",
    });
  });

  it("stops on a recursive $ref", () => {
    const schema = {
      type: "object",
      $defs: { Node: { type: "object", properties: { child: { $ref: "#/$defs/Node" } }, required: ["child"] } },
      properties: { root: { $ref: "#/$defs/Node" } },
      required: ["root"],
    };
    expect(() => JSON.parse(argsSkeleton(schema))).not.toThrow();
  });
});
