import { describe, expect, it } from "vitest";
import { createSchemaValidator } from "../schema-validator";
import { hasNestedQuantifier } from "../schema-patterns";
import { check, echoTool, Script } from "./frames";

// The attack: with JavaScript's RegExp this value takes ~2^34 steps against ^(a+)+$; without the
// linear-time engine these tests hang until vitest's timeout (there is deliberately no timing assertion).
const CATASTROPHIC = "^(a+)+$";
const HOSTILE_VALUE = `${"a".repeat(34)}!`;

const hostileTool = {
  ...echoTool,
  name: "hostile",
  inputSchema: { type: "object", properties: { text: { type: "string", pattern: CATASTROPHIC } } },
  outputSchema: { type: "object", properties: { text: { type: "string", pattern: CATASTROPHIC }, ahead: { type: "string", pattern: "^(?=x)x+$" } } },
};

function session(structuredContent: unknown) {
  return new Script()
    .handshake({ tools: {} })
    .client({ id: 1, method: "tools/list" })
    .server({ id: 1, result: { tools: [hostileTool] } })
    .client({ id: 2, method: "tools/call", params: { name: "hostile", arguments: {} } })
    .server({ id: 2, result: { content: [], structuredContent } });
}

describe("patterns in server schemas (ReDoS)", () => {
  it("validating a value against a catastrophic pattern finishes, and still rejects it", () => {
    const compiled = createSchemaValidator().compile({ type: "object", properties: { x: { type: "string", pattern: CATASTROPHIC } } }, "2020-12");
    if (!("validate" in compiled)) throw new Error(compiled.error);
    expect(compiled.validate({ x: HOSTILE_VALUE })).toMatchObject({ path: "/x" });
    expect(compiled.validate({ x: "aaaa" })).toBeUndefined();
  });

  it("the checker survives the hostile tool: slow patterns are findings naming tool and path, a lookahead is skipped and reported", () => {
    const found = check(session({ text: HOSTILE_VALUE, ahead: "anything" }));
    const about = found.map((f) => [f.rule, f.path]);
    expect(about).toEqual([
      ["tools/schema-pattern-slow", "/result/tools/0/inputSchema/properties/text/pattern"],
      ["tools/schema-pattern-slow", "/result/tools/0/outputSchema/properties/text/pattern"],
      ["tools/schema-pattern-unsupported", "/result/tools/0/outputSchema/properties/ahead/pattern"],
      // The call's value fails the slow pattern (RE2 answers at once); the lookahead is not checked.
      ["tools/structured-content-mismatch", "/result/structuredContent/text"],
    ]);
    expect(found[0]!.message).toContain('tool "hostile"');
    expect(found[0]!.message).toContain("/result/tools/0/inputSchema/properties/text/pattern");
  });

  it("patternProperties keys are patterns too", () => {
    const tool = { ...echoTool, inputSchema: { type: "object", patternProperties: { "^(\\w+)*$": { type: "string" } } } };
    const found = check(new Script().handshake({ tools: {} }).client({ id: 1, method: "tools/list" }).server({ id: 1, result: { tools: [tool] } }));
    expect(found.map((f) => [f.rule, f.path])).toEqual([["tools/schema-pattern-slow", "/result/tools/0/inputSchema/patternProperties/^(\\w+)*$"]]);
  });

  it("hasNestedQuantifier: repeated groups that repeat inside, not ordinary patterns", () => {
    for (const slow of ["^(a+)+$", "(a*)*", "^((ab)+c?)+$", "(x{2,})+", "(?:\\d+)*z"]) expect(hasNestedQuantifier(slow), slow).toBe(true);
    for (const fine of ["^[a-z]+$", "^(ab)+$", "^\\d{3}-\\d{4}$", "([+*])+", "^(a|b)?c+$", "\\(a+\\)+", "^[(]+[)]+$"]) expect(hasNestedQuantifier(fine), fine).toBe(false);
  });
});
