import { describe, expect, it, vi } from "vitest";
import { addEntry, CallHistoryStore, historyKey, type HistoryEntry } from "../call-history";
import type { FinishedCall } from "../call-state";
import { argsSummary, timedOutText } from "../call-summary";
import { progressView } from "../progress-view";

const call = (n: number): FinishedCall => ({ status: "ok", callId: n, args: { n }, startedAt: 0, durationMs: 5, result: { content: [] } });

describe("call history", () => {
  it("keeps entries newest first, capped", () => {
    let entries: HistoryEntry[] = [];
    for (let i = 1; i <= 4; i++) entries = addEntry(entries, { id: i, at: i, call: call(i) }, 3);
    expect(entries.map((e) => e.id)).toEqual([4, 3, 2]);
  });

  it("keys by server and tool, and notifies subscribers", () => {
    const store = new CallHistoryStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.add(historyKey("demo", "echo"), 1, call(1));
    store.add(historyKey("demo", "add"), 2, call(2));
    store.add(historyKey("demo", "echo"), 3, call(3));
    expect(store.get(historyKey("demo", "echo")).map((e) => e.at)).toEqual([3, 1]);
    expect(store.get(historyKey("other", "echo"))).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(3);
  });
});

describe("summaries", () => {
  it("shows arguments on one line, cut short", () => {
    expect(argsSummary({ a: 1 })).toBe('{"a":1}');
    expect(argsSummary({ text: "x".repeat(200) }, 20)).toHaveLength(20);
  });

  it("says which limit a timeout hit", () => {
    expect(timedOutText(300_000, 300_010)).toBe("Timed out after 300 s");
    expect(timedOutText(undefined, 1500)).toBe("Timed out after 1.50 s");
  });

  it("shows progress as a percentage only when the total is known", () => {
    expect(progressView({ progress: 2, total: 5, message: "Step 2 of 5" })).toEqual({ percent: 40, label: "2/5 · Step 2 of 5" });
    expect(progressView({ progress: 7 })).toEqual({ percent: undefined, label: "7" });
    expect(progressView({ progress: 9, total: 5 }).percent).toBe(100);
  });
});
