import { describe, expect, it } from "vitest";
import { lineColumn, parseJsonFile, strictJsonProblem } from "../config-file-json";

describe("parseJsonFile", () => {
  it("allows comments and trailing commas, and leaves strings alone", () => {
    const text = '{ "a": "http://x // not a comment", // gone\n "b": [1, 2, ], /* x */ "c": "say \\"hi\\" /* ok */", }';
    expect(parseJsonFile(text, "f.json")).toEqual({ a: "http://x // not a comment", b: [1, 2], c: 'say "hi" /* ok */' });
  });

  it.each([
    ['{"a":}', "f.json:1:6: malformed JSON: expected a value"],
    ['{\n  "a": 1\n  "b": 2\n}', "f.json:3:3: malformed JSON: expected ',' before this"],
    ['{"a": 1', "f.json:1:8: malformed JSON: expected '}'"],
    ["{a: 1}", "f.json:1:2: malformed JSON: unexpected a"],
    ["{'a': 1}", "f.json:1:2: malformed JSON: unexpected 'a' (JSON strings and names take double quotes)"],
    ['{"a": [1,, 2]}', "f.json:1:10: malformed JSON: expected a value"],
    ['{"a": "open}', "f.json:1:7: malformed JSON: a string that is never closed"],
    ['{"a": 1} x', "f.json:1:10: malformed JSON: unexpected x"],
    ["", "f.json:1:1: malformed JSON: expected a value"],
  ])("names the first error's line and column: %j", (text, message) => {
    expect(() => parseJsonFile(text, "f.json")).toThrow(message);
  });

  it("converts offsets to 1-based line and column", () => {
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("strictJsonProblem", () => {
  it("finds the first comment or trailing comma, or nothing in strict JSON", () => {
    expect(strictJsonProblem('{"a": 1}')).toBeUndefined();
    expect(strictJsonProblem('{"a": "// in a string"}')).toBeUndefined();
    expect(strictJsonProblem('{\n  /* c */ "a": 1}')).toEqual({ line: 2, column: 3, what: "a comment" });
    expect(strictJsonProblem('{"a": [1, 2,]}')).toEqual({ line: 1, column: 13, what: "a trailing comma before this" });
  });
});
