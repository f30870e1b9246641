import { describe, expect, it } from "vitest";
import { check, echoTool, ruleIds, Script } from "./frames";

/** A session whose tools/list answers with `tools`. */
function listing(tools: unknown[], protocolVersion = "2025-06-18") {
  return new Script().handshake({ tools: {} }, protocolVersion).client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools } });
}

describe("tools/* rules", () => {
  it("tools/input-schema-invalid: a schema that does not compile", () => {
    const found = check(listing([{ ...echoTool, inputSchema: { type: "object", properties: { n: { type: "int" } } } }]));
    expect(found).toMatchObject([{ rule: "tools/input-schema-invalid", path: "/result/tools/0/inputSchema", about: 5 }]);
  });

  it("tools/input-schema-invalid: the dialect follows the revision (2020-12 from 2025-11-25) unless $schema says", () => {
    // prefixItems means nothing in draft-07 (ignored), and `items: [..]` is invalid in 2020-12.
    const tupleItems = { ...echoTool, inputSchema: { type: "object", properties: { p: { type: "array", items: [{ type: "string" }] } } } };
    expect(ruleIds(check(listing([tupleItems], "2025-06-18")))).toEqual([]);
    expect(ruleIds(check(listing([tupleItems], "2025-11-25")))).toEqual(["tools/input-schema-invalid"]);
    const declared = { ...tupleItems, inputSchema: { $schema: "http://json-schema.org/draft-07/schema#", ...tupleItems.inputSchema } };
    expect(ruleIds(check(listing([declared], "2025-11-25")))).toEqual([]);
  });

  it("tools/input-schema-not-object: a root that is not type object", () => {
    expect(check(listing([{ ...echoTool, inputSchema: { type: "string" } }]))).toMatchObject([{ rule: "tools/input-schema-not-object", path: "/result/tools/0/inputSchema/type" }]);
  });

  it("tools/output-schema-invalid: outputSchema that does not compile or is not an object", () => {
    const bad = { ...echoTool, outputSchema: { type: "object", properties: { a: { minimum: "zero" } } } };
    const notObject = { ...echoTool, name: "two", outputSchema: { type: "array" } };
    expect(check(listing([bad, notObject])).map((f) => f.rule)).toEqual(["tools/output-schema-invalid", "tools/output-schema-invalid"]);
  });

  it("tools/name-invalid and tools/name-duplicate (2025-11-25 naming rules)", () => {
    const ok = ["getUser", "DATA_EXPORT_v2", "admin.tools.list", "a".repeat(128)].map((name) => ({ ...echoTool, name }));
    expect(check(listing(ok))).toEqual([]);
    const bad = ["get user", "", "a".repeat(129), "x/y", "echo", "echo"].map((name) => ({ ...echoTool, name }));
    const found = check(listing(bad));
    expect(found.map((f) => f.rule)).toEqual([...Array(4).fill("tools/name-invalid"), "tools/name-duplicate"]);
  });

  it("tools/name-duplicate across pages; definition findings are not repeated on re-list", () => {
    const s = new Script().handshake().client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools: [echoTool], nextCursor: "2" } });
    s.client({ id: 2, method: "tools/list", params: { cursor: "2" } }).server({ id: 2, result: { tools: [echoTool] } });
    s.client({ id: 3, method: "tools/list" }).server({ id: 3, result: { tools: [echoTool, echoTool] } });
    expect(check(s).map((f) => [f.rule, f.about])).toEqual([["tools/name-duplicate", 7]]);
  });

  it("tools/missing-description is info", () => {
    expect(check(listing([{ name: "x", inputSchema: { type: "object" } }]))).toMatchObject([{ rule: "tools/missing-description", severity: "info" }]);
  });

  describe("structuredContent", () => {
    const weather = { ...echoTool, name: "weather", outputSchema: { type: "object", properties: { c: { type: "number" } }, required: ["c"] } };
    const call = (result: Record<string, unknown>, params: Record<string, unknown> = { name: "weather", arguments: {} }) =>
      listing([weather]).client({ id: 2, method: "tools/call", params }).server({ id: 2, result: { content: [], ...result } });

    it("tools/structured-content-mismatch names the path and reason", () => {
      const [f] = check(call({ structuredContent: { c: "21" } }));
      expect(f).toMatchObject({ rule: "tools/structured-content-mismatch", path: "/result/structuredContent/c", about: 7 });
      expect(f!.message).toContain("must be number");
    });

    it("tools/structured-content-missing when outputSchema is declared", () => {
      expect(ruleIds(check(call({})))).toEqual(["tools/structured-content-missing"]);
    });

    it("no finding for isError results, matching content, or tools without outputSchema", () => {
      expect(check(call({ isError: true }))).toEqual([]);
      expect(check(call({ structuredContent: { c: 21 } }))).toEqual([]);
      expect(check(call({}, { name: "echo", arguments: {} }))).toEqual([]);
    });
  });
});

describe("compat/* lint", () => {
  const lint = (inputSchema: unknown) => check(listing([{ ...echoTool, inputSchema }]));

  it("compat/root-combinator", () => {
    expect(ruleIds(lint({ type: "object", anyOf: [{ required: ["a"] }, { required: ["b"] }] }))).toEqual(["compat/root-combinator"]);
  });

  it("compat/property-name, with the JSON pointer escaped", () => {
    expect(lint({ type: "object", properties: { "tags[]": { type: "string" }, "a/b": {} } })).toMatchObject([{ rule: "compat/property-name", message: expect.stringContaining("(and 1 more)") }]);
  });

  it("compat/remote-ref (and no input-schema-invalid for the unresolvable reference)", () => {
    expect(ruleIds(lint({ type: "object", properties: { a: { $ref: "https://example.com/a.json" } } }))).toEqual(["compat/remote-ref"]);
  });

  it("compat/boolean-schema, but additionalProperties: false is fine", () => {
    expect(ruleIds(lint({ type: "object", properties: { a: true }, additionalProperties: false }))).toEqual(["compat/boolean-schema"]);
    expect(lint({ type: "object", properties: { a: { type: "string" } }, additionalProperties: false })).toEqual([]);
  });

  it("compat/type-array and compat/format-unsupported (info)", () => {
    const found = lint({ type: "object", properties: { a: { type: ["string", "null"] }, u: { type: "string", format: "uri" }, d: { type: "string", format: "date-time" } } });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["compat/type-array", "warning"], ["compat/format-unsupported", "info"]]);
  });
});
