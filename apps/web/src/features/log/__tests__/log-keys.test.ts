import type { Frame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { rowAfterMove } from "../log-keys";

const rows = [3, 5, 9].map((seq): Frame => ({ seq, t: seq, kind: "stderr", text: String(seq) }));

describe("rowAfterMove", () => {
  it("steps through the rows shown and stops at the ends", () => {
    expect(rowAfterMove(rows, 5, "next")).toBe(9);
    expect(rowAfterMove(rows, 9, "next")).toBe(9);
    expect(rowAfterMove(rows, 5, "previous")).toBe(3);
    expect(rowAfterMove(rows, 3, "previous")).toBe(3);
    expect(rowAfterMove(rows, 5, "first")).toBe(3);
    expect(rowAfterMove(rows, 5, "last")).toBe(9);
  });

  it("starts at an end from nothing, and at the nearest shown row from a hidden one", () => {
    expect(rowAfterMove(rows, undefined, "next")).toBe(3);
    expect(rowAfterMove(rows, undefined, "previous")).toBe(9);
    expect(rowAfterMove(rows, 6, "next")).toBe(9);
    expect(rowAfterMove(rows, 6, "previous")).toBe(5);
    expect(rowAfterMove([], 6, "next")).toBeUndefined();
  });
});
