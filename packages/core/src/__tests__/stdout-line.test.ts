import { describe, expect, it } from "vitest";
import { classifyStdoutLine } from "../stdout-line";

const line = (text: string) => new TextEncoder().encode(text);

describe("classifyStdoutLine", () => {
  it("accepts a JSON-RPC message", () => {
    const result = classifyStdoutLine(line('{"jsonrpc":"2.0","id":1,"result":{}}'));
    expect(result).toEqual({ kind: "message", msg: { jsonrpc: "2.0", id: 1, result: {} }, bytes: 36 });
  });

  it("names a log line on stdout and says where logs belong", () => {
    const result = classifyStdoutLine(line("Server started on stdio"));
    expect(result.kind).toBe("stdout-noise");
    if (result.kind !== "stdout-noise") return;
    expect(result.text).toBe("Server started on stdio");
    expect(result.reason).toMatch(/^not JSON .*write logs to stderr/);
  });

  it("flags JSON that is not JSON-RPC", () => {
    expect(classifyStdoutLine(line('{"hello":"world"}'))).toMatchObject({ kind: "stdout-noise", reason: expect.stringContaining("not JSON-RPC 2.0") });
    expect(classifyStdoutLine(line("42"))).toMatchObject({ kind: "stdout-noise", reason: expect.stringContaining("a JSON number") });
    expect(classifyStdoutLine(line("[1,2]"))).toMatchObject({ kind: "stdout-noise", reason: expect.stringContaining("array") });
  });

  it("flags invalid UTF-8 and still shows the text", () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const result = classifyStdoutLine(bytes);
    expect(result).toMatchObject({ kind: "stdout-noise", invalidUtf8: true, text: "{\uFFFD\uFFFD}" });
  });

  it("ignores blank lines", () => {
    expect(classifyStdoutLine(line("   "))).toEqual({ kind: "blank" });
  });
});
