import { describe, expect, it } from "vitest";
import { formatPath, matchesPath, parseQuery, valueAt } from "../log-query";

const call = { jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "echo", arguments: { message: "Hi there", n: 3, tags: ["a", "b"] } } };

function match(q: string, root: unknown = call): boolean {
  const parsed = parseQuery(q);
  if (!parsed.ok) throw new Error(parsed.error);
  if (parsed.query.type !== "path") throw new Error(`not a path query: ${q}`);
  return matchesPath(parsed.query, root);
}

describe("parseQuery", () => {
  it("reads plain words, spaces and quoted dotted text as text (lower case)", () => {
    expect(parseQuery("Echo")).toEqual({ ok: true, query: { type: "text", needle: "echo" } });
    expect(parseQuery("tools/call echo")).toEqual({ ok: true, query: { type: "text", needle: "tools/call echo" } });
    expect(parseQuery('"a.b"')).toEqual({ ok: true, query: { type: "text", needle: "a.b" } });
    expect(parseQuery("  ")).toEqual({ ok: true, query: { type: "all" } });
  });
  it("reads $-paths and bare dotted paths, with ==, != and ~", () => {
    expect(parseQuery('$.params.name == "echo"')).toEqual({ ok: true, query: { type: "path", path: ["params", "name"], op: "==", value: "echo" } });
    expect(parseQuery("params.arguments.message")).toEqual({ ok: true, query: { type: "path", path: ["params", "arguments", "message"], op: "exists" } });
    expect(parseQuery('$.params.arguments.tags[1] != 2')).toMatchObject({ ok: true, query: { path: ["params", "arguments", "tags", 1], op: "!=", value: 2 } });
    expect(parseQuery('$["odd key"] ~ HI')).toMatchObject({ ok: true, query: { path: ["odd key"], op: "~", value: "hi" } });
  });
  it("explains what is wrong with a bad path", () => {
    expect(parseQuery("$")).toEqual({ ok: false, error: expect.stringContaining("at least one segment") });
    expect(parseQuery("$.params..name")).toEqual({ ok: false, error: expect.stringContaining('Cannot read the path at "..name"') });
    expect(parseQuery("$.id ==")).toEqual({ ok: false, error: "Missing the value after ==" });
  });
});

describe("matchesPath", () => {
  it("compares JSON values and bare words", () => {
    expect(match('$.params.name == "echo"')).toBe(true);
    expect(match("$.params.name == echo")).toBe(true);
    expect(match("$.params.name == other")).toBe(false);
    expect(match("$.id == 4")).toBe(true);
    expect(match('$.id == "4"')).toBe(false);
    expect(match('params.arguments.tags == ["a","b"]')).toBe(true);
    expect(match("params.arguments.message")).toBe(true);
    expect(match("params.arguments.missing")).toBe(false);
    expect(match("params.arguments.message ~ THERE")).toBe(true);
    expect(match("$.params.arguments.n != 3")).toBe(false);
    expect(match("$.params.arguments.missing != 3")).toBe(false);
  });
  it("does not index objects by number or walk into primitives", () => {
    expect(valueAt({ a: { 0: "x" } }, ["a", 0])).toBeUndefined();
    expect(valueAt({ a: "str" }, ["a", "length"])).toBeUndefined();
  });
});

describe("formatPath", () => {
  it("writes identifiers with dots and everything else in brackets", () => {
    expect(formatPath(["params", "arguments", 0, "odd key"])).toBe('$.params.arguments[0]["odd key"]');
    expect(formatPath([])).toBe("$");
  });
});
