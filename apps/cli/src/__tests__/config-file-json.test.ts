import { describe, expect, it } from "vitest";
import { errorOffset, lineColumn, stripJsonComments } from "../config-file-json";

describe("stripJsonComments", () => {
  it("blanks comments and trailing commas, keeping positions and strings", () => {
    const text = '{ "a": "http://x // not a comment", // gone\n "b": [1, 2, ], /* x */ }';
    const stripped = stripJsonComments(text);
    expect(stripped).toHaveLength(text.length);
    expect(JSON.parse(stripped)).toEqual({ a: "http://x // not a comment", b: [1, 2] });
  });

  it("keeps escaped quotes inside strings", () => {
    expect(JSON.parse(stripJsonComments('{"a": "say \\"hi\\" // ok",}'))).toEqual({ a: 'say "hi" // ok' });
  });
});

describe("errorOffset", () => {
  it("finds where JSON.parse gave up, with or without a position in its message", () => {
    expect(errorOffset('{"a":}')).toBe(5);
    expect(errorOffset('{"a":1 "b":2}')).toBe(7);
    expect(errorOffset('{"a":1')).toBe(6);
  });

  it("converts to 1-based line and column", () => {
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
