import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_DEPTH, textNestsDeeperThan } from "../json-depth";

const nested = (levels: number, inner = "0") => "[".repeat(levels) + inner + "]".repeat(levels);

describe("textNestsDeeperThan (the relay's depth check)", () => {
  it("counts arrays and objects inside one another, up to and past the limit", () => {
    expect(textNestsDeeperThan(nested(MAX_MESSAGE_DEPTH), MAX_MESSAGE_DEPTH)).toBe(false);
    expect(textNestsDeeperThan(nested(MAX_MESSAGE_DEPTH + 1), MAX_MESSAGE_DEPTH)).toBe(true);
    expect(textNestsDeeperThan('{"a":{"b":[{"c":1}]}}', 3)).toBe(true);
    expect(textNestsDeeperThan('{"a":{"b":[{"c":1}]}}', 4)).toBe(false);
    // Siblings do not add up: depth, not count.
    expect(textNestsDeeperThan(`[${Array(1000).fill("[[1]]").join(",")}]`, 3)).toBe(false);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(textNestsDeeperThan(JSON.stringify({ s: "[[[[{{{{" }), 1)).toBe(false);
    expect(textNestsDeeperThan(JSON.stringify({ s: 'say \\"[[[[\\" and "{{{"' }), 1)).toBe(false);
    expect(textNestsDeeperThan(JSON.stringify(["\\", [[1]]]), 2)).toBe(true);
  });

  it("a million levels deep: answers without recursion", () => {
    expect(textNestsDeeperThan(nested(1_000_000), MAX_MESSAGE_DEPTH)).toBe(true);
  });

  it("a 60 MiB wide array: answers without allocating per element", () => {
    // As the relay gets it: WebSocket bytes turned into one flat string.
    const wide = Buffer.from(`{"type":"send","message":{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":[${"0,".repeat(30 * 2 ** 20)}0]}}}`).toString();
    expect(wide.length).toBeGreaterThan(60 * 2 ** 20);
    const before = process.memoryUsage().heapUsed;
    expect(textNestsDeeperThan(wide, MAX_MESSAGE_DEPTH + 1)).toBe(false);
    // A walk over the parsed value held an entry per element (gigabytes); reading the text holds nothing.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(16 * 2 ** 20);
  });
});
