import { describe, expect, it } from "vitest";
import { createLineSplitter } from "../line-splitter";

const enc = new TextEncoder();
const dec = new TextDecoder();

function collect() {
  const lines: string[] = [];
  const splitter = createLineSplitter((line) => lines.push(dec.decode(line)));
  return { lines, splitter };
}

describe("createLineSplitter", () => {
  it("joins a line spread over many chunks", () => {
    const { lines, splitter } = collect();
    for (const part of ['{"json', 'rpc":"2.0",', '"id":1}', "\n"]) splitter.push(enc.encode(part));
    expect(lines).toEqual(['{"jsonrpc":"2.0","id":1}']);
  });

  it("splits many lines in one chunk and keeps the unfinished rest", () => {
    const { lines, splitter } = collect();
    splitter.push(enc.encode("a\nb\nc\nparti"));
    expect(lines).toEqual(["a", "b", "c"]);
    splitter.push(enc.encode("al\n"));
    expect(lines).toEqual(["a", "b", "c", "partial"]);
  });

  it("keeps a multi-byte character split across chunks intact", () => {
    const { lines, splitter } = collect();
    const bytes = enc.encode("héllo 🌍\n");
    splitter.push(bytes.subarray(0, 2));
    splitter.push(bytes.subarray(2, 9));
    splitter.push(bytes.subarray(9));
    expect(lines).toEqual(["héllo 🌍"]);
  });

  it("strips a CR before the newline", () => {
    const { lines, splitter } = collect();
    splitter.push(enc.encode("one\r\ntwo\n"));
    expect(lines).toEqual(["one", "two"]);
  });

  it("handles a very long line fed in small chunks", () => {
    const { lines, splitter } = collect();
    const long = "x".repeat(5_000_000);
    const bytes = enc.encode(long + "\n");
    for (let i = 0; i < bytes.length; i += 65_536) splitter.push(bytes.subarray(i, i + 65_536));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBe(5_000_000);
  });

  it("does not alias the caller's buffer", () => {
    const { lines, splitter } = collect();
    const buffer = enc.encode("abc");
    splitter.push(buffer);
    buffer.set(enc.encode("zzz"));
    splitter.push(enc.encode("\n"));
    expect(lines).toEqual(["abc"]);
  });

  it("flushes a last line without newline at end()", () => {
    const { lines, splitter } = collect();
    splitter.push(enc.encode("last"));
    expect(splitter.end()).toBe(true);
    expect(lines).toEqual(["last"]);
    expect(splitter.end()).toBe(false);
  });
});
