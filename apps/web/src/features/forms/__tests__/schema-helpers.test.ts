import { describe, expect, it } from "vitest";
import { cliToolCall, jsonRpcToolCall } from "../copy-call";
import { schemaDraft } from "../create-ajv";
import { NONE_CHOICE, normalizeSchema } from "../normalize-schema";
import { pruneEmpty } from "../prune-empty";
import { validateArgs } from "../validate-args";

describe("normalizeSchema", () => {
  it("collapses anyOf [X, null] into a nullable X", () => {
    const s = normalizeSchema({ properties: { n: { anyOf: [{ type: "integer" }, { type: "null" }], description: "d" } } });
    expect(s).toEqual({ type: "object", properties: { n: { type: ["integer", "null"], description: "d" } } });
  });

  it("splits multi-type arrays into a choice and keeps [X, null]", () => {
    const s = normalizeSchema({ type: "object", properties: { a: { type: ["string", "number"] }, b: { type: ["string", "null"] } } });
    // `a` is optional: its choice starts on "none" (a required one would not).
    expect(s.properties).toEqual({ a: { anyOf: [NONE_CHOICE, { type: "string", title: "string" }, { type: "number", title: "number" }] }, b: { type: ["string", "null"] } });
    const required = normalizeSchema({ type: "object", properties: { a: { type: ["string", "number"] } }, required: ["a"] });
    expect(required.properties).toEqual({ a: { anyOf: [{ type: "string", title: "string" }, { type: "number", title: "number" }] } });
  });

  it("rewrites boolean sub-schemas, prefixItems and drops $schema", () => {
    const s = normalizeSchema({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { t: true, f: false, p: { type: "array", prefixItems: [{ type: "string" }], items: false } } });
    expect(s).toEqual({ type: "object", properties: { t: {}, f: { not: {} }, p: { type: "array", items: [{ type: "string" }], additionalItems: { not: {} } } } });
  });

  it("makes consts read-only and terminates on recursive refs without following them", () => {
    const s = normalizeSchema({ type: "object", properties: { k: { const: 1 }, self: { $ref: "#" } } });
    expect(s.properties).toEqual({ k: { const: 1, type: "integer", readOnly: true }, self: { $ref: "#" } });
  });
});

describe("schemaDraft and validateArgs", () => {
  it("picks the draft from $schema, else from 2020 keywords", () => {
    expect(schemaDraft({ $schema: "http://json-schema.org/draft-07/schema#", $defs: {} })).toBe("draft-07");
    expect(schemaDraft({ $schema: "https://json-schema.org/draft/2020-12/schema" })).toBe("2020-12");
    expect(schemaDraft({ properties: { a: { prefixItems: [] } } })).toBe("2020-12");
    expect(schemaDraft({ type: "object" })).toBe("draft-07");
  });

  it("reports problems by instance path, with formats", () => {
    const result = validateArgs({ type: "object", properties: { e: { type: "string", format: "email" } }, required: ["e", "r"] }, { e: "nope" });
    expect(result.problems).toEqual([
      { path: "/r", message: "is required" },
      { path: "/e", message: 'must match format "email"' },
    ]);
    expect(result.errorSchema).toEqual({ r: { __errors: ["is required"] }, e: { __errors: ['must match format "email"'] } });
  });

  it("validates 2020-12 tuples", () => {
    const schema = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { p: { type: "array", prefixItems: [{ type: "string" }], items: false } } };
    expect(validateArgs(schema, { p: ["a"] }).valid).toBe(true);
    expect(validateArgs(schema, { p: ["a", 1] }).valid).toBe(false);
  });
});

describe("pruneEmpty", () => {
  it("omits empty optional properties, keeps required ones, null and unknown data", () => {
    const schema = { type: "object", properties: { a: { type: "string" }, b: { type: "array" }, c: { type: "object" }, r: { type: "string" }, n: { type: ["string", "null"] } }, required: ["r"] };
    expect(pruneEmpty({ a: "", b: [], c: {}, r: "", n: null, x: "" }, schema)).toEqual({ r: "", n: null, x: "" });
  });
});

describe("copy-call", () => {
  it("makes the exact JSON-RPC request and a shell-quoted mcp-inspect call", () => {
    expect(JSON.parse(jsonRpcToolCall("echo", { message: "hi" }))).toEqual({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } });
    expect(cliToolCall("echo", { message: "it's" }, { command: "node", args: ["my server.js"] })).toBe(
      `npx mcp-inspect call tools/call --name echo --args-json '{"message":"it'\\''s"}' -- node 'my server.js'`,
    );
  });
});
