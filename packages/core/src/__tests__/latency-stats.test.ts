import { describe, expect, it } from "vitest";
import { latencyKeys, latencyStats, percentile } from "../latency-stats";

describe("percentile", () => {
  it("uses the nearest rank, so the answer is always a measured value", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 50)).toBe(2);
  });
  it("rejects an empty list and an out-of-range p", () => {
    expect(() => percentile([], 50)).toThrow("empty");
    expect(() => percentile([1], 101)).toThrow("0..100");
  });
});

describe("latencyStats", () => {
  it("groups by key, sorted, with count, p50, p95, p99 and max", () => {
    const samples = [
      ...[30, 10, 20].map((d) => ({ key: "tools/list", durationMs: d })),
      ...Array.from({ length: 200 }, (_, i) => ({ key: "tools/call echo", durationMs: 200 - i })),
      { key: "ping", durationMs: Number.NaN },
    ];
    expect(latencyStats(samples)).toEqual([
      { key: "tools/call echo", count: 200, errors: 0, p50: 100, p95: 190, p99: 198, max: 200 },
      { key: "tools/list", count: 3, errors: 0, p50: 20, p95: 30, p99: 30, max: 30 },
    ]);
  });
  it("counts the failed answers per key", () => {
    const samples = [
      { key: "tools/call", durationMs: 5, failed: true },
      { key: "tools/call", durationMs: 6 },
      { key: "tools/call", durationMs: 7, failed: false },
      { key: "tools/call", durationMs: Number.NaN, failed: true },
    ];
    expect(latencyStats(samples)).toMatchObject([{ key: "tools/call", count: 3, errors: 1 }]);
  });
  it("is empty without samples", () => {
    expect(latencyStats([])).toEqual([]);
  });
});

describe("latencyKeys", () => {
  it("splits tools/call by tool name", () => {
    expect(latencyKeys("tools/call", { name: "echo", arguments: {} })).toEqual(["tools/call", "tools/call echo"]);
    expect(latencyKeys("tools/call", undefined)).toEqual(["tools/call"]);
    expect(latencyKeys("resources/read", { uri: "x" })).toEqual(["resources/read"]);
  });
});
