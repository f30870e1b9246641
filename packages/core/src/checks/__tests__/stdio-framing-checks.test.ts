import { describe, expect, it } from "vitest";
import type { Frame } from "../../frame";
import { createProtocolChecker } from "../create-protocol-checker";

let seq = 0;
const noise = (text: string): Extract<Frame, { kind: "stdout-noise" }> => ({ seq: ++seq, t: seq, kind: "stdout-noise", text, reason: "not JSON" });
const rules = (frames: Frame[]) => {
  const checker = createProtocolChecker();
  return frames.flatMap((f) => checker.check(f)).map((f) => f.rule);
};

describe("stdio framing checks", () => {
  it("names a pretty-printed message as split across lines, once", () => {
    const lines = JSON.stringify({ jsonrpc: "2.0", id: 1, result: { tools: [] } }, null, 2).split("\n");
    const found = rules(lines.map(noise));
    expect(found.filter((r) => r === "stdio/embedded-newline")).toHaveLength(1);
  });

  it("does not call ordinary log lines a split message", () => {
    const found = rules(["{", "  not json at all", "}", '{"level":"info","msg":"hi"}'].map(noise));
    expect(found).not.toContain("stdio/embedded-newline");
  });

  it("flags a message or output that came without its newline", () => {
    const msg: Frame = { seq: ++seq, t: 1, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "x" } }, unterminated: true };
    expect(rules([msg])).toContain("stdio/missing-newline");
    expect(rules([{ ...noise("bye"), unterminated: true }])).toContain("stdio/missing-newline");
    expect(rules([{ ...msg, unterminated: undefined }])).not.toContain("stdio/missing-newline");
  });
});
