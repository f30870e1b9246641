import type { CallToolResult } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import { checkOutput, schemaDialect } from "../output-validation";

const sumSchema = { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] };
const result = (structuredContent: unknown, isError?: boolean): CallToolResult =>
  ({ content: [], structuredContent, ...(isError !== undefined && { isError }) }) as CallToolResult;

describe("checkOutput", () => {
  it("passes matching structuredContent", () => {
    expect(checkOutput(sumSchema, result({ sum: 3 }))).toEqual({ kind: "valid" });
  });

  it("lists each mismatch with its JSON path and reason", () => {
    const check = checkOutput(sumSchema, result({ sum: "not a number" }));
    expect(check).toEqual({ kind: "mismatch", problems: [{ path: "/sum", message: "must be number" }] });
    const nested = { type: "object", properties: { items: { type: "array", items: { type: "object", properties: { id: { type: "integer" } } } } } };
    expect(checkOutput(nested, result({ items: [{ id: 1 }, { id: 1.5 }] }))).toMatchObject({ kind: "mismatch", problems: [{ path: "/items/1/id" }] });
  });

  it("points a missing required property at where it should be", () => {
    expect(checkOutput(sumSchema, result({}))).toMatchObject({ kind: "mismatch", problems: [{ path: "/sum", message: expect.stringContaining("required") }] });
  });

  it("skips tool errors, flags missing structuredContent, ignores tools without a schema", () => {
    expect(checkOutput(sumSchema, result({ sum: "x" }, true))).toEqual({ kind: "skipped" });
    expect(checkOutput(sumSchema, { content: [] })).toEqual({ kind: "missing" });
    expect(checkOutput(undefined, result({ anything: 1 }))).toEqual({ kind: "none" });
  });

  it("checks formats", () => {
    const schema = { type: "object", properties: { email: { type: "string", format: "email" } } };
    expect(checkOutput(schema, result({ email: "nope" }))).toMatchObject({ kind: "mismatch", problems: [{ path: "/email" }] });
    expect(checkOutput(schema, result({ email: "a@example.com" }))).toEqual({ kind: "valid" });
  });

  it("uses 2020-12 by default and draft-07 when $schema says so", () => {
    expect(schemaDialect({})).toBe("2020-12");
    expect(schemaDialect({ $schema: "https://json-schema.org/draft/2020-12/schema" })).toBe("2020-12");
    expect(schemaDialect({ $schema: "http://json-schema.org/draft-07/schema#" })).toBe("draft-07");
    // prefixItems is 2020-12 only; draft-07 ignores it and uses the array form of items instead.
    const tuple2020 = { type: "object", properties: { pair: { type: "array", prefixItems: [{ type: "string" }, { type: "number" }] } } };
    expect(checkOutput(tuple2020, result({ pair: ["a", "b"] }))).toMatchObject({ kind: "mismatch", problems: [{ path: "/pair/1" }] });
    const tuple07 = { $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { pair: { type: "array", items: [{ type: "string" }, { type: "number" }] } } };
    expect(checkOutput(tuple07, result({ pair: ["a", "b"] }))).toMatchObject({ kind: "mismatch", problems: [{ path: "/pair/1" }] });
    expect(checkOutput({ ...tuple2020, $schema: "http://json-schema.org/draft-07/schema#" }, result({ pair: ["a", "b"] }))).toEqual({ kind: "valid" });
  });

  it("tolerates two tools sharing an $id, and reports a schema it cannot compile", () => {
    const a = { $id: "https://example.com/same.json", type: "object", properties: { n: { type: "number" } } };
    const b = { $id: "https://example.com/same.json", type: "object", properties: { n: { type: "string" } } };
    expect(checkOutput(a, result({ n: 1 }))).toEqual({ kind: "valid" });
    expect(checkOutput(b, result({ n: "x" }))).toEqual({ kind: "valid" });
    expect(checkOutput({ type: "object", properties: { n: { $ref: "#/$defs/missing" } } }, result({ n: 1 })).kind).toBe("bad-schema");
  });
});
