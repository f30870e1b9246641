import type { Frame, MessageFrame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { filterLogEntries, toLogEntry } from "../log-entries";
import { levelColor, levelRank } from "../log-levels";
import { scanNotifications } from "../notification-scan";

function logFrame(seq: number, level: string, data: unknown, logger?: string): MessageFrame {
  return { seq, t: seq * 10, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", method: "notifications/message", params: { level, logger, data } } };
}

const entries = [
  logFrame(1, "debug", "starting up", "boot"),
  logFrame(2, "info", { user: "ada", action: "login" }, "auth"),
  logFrame(3, "warning", "disk almost full"),
  logFrame(4, "error", "Disk failure", "storage"),
  logFrame(5, "emergency", "everything is down"),
  logFrame(6, "verbose", "a level outside the spec"),
].map(toLogEntry);

describe("toLogEntry", () => {
  it("keeps strings as they are and pretty-prints structured data", () => {
    expect(entries[0]).toMatchObject({ seq: 1, t: 10, level: "debug", logger: "boot", text: "starting up" });
    expect(entries[1]!.text).toBe('{\n  "user": "ada",\n  "action": "login"\n}');
    expect(entries[2]!.logger).toBeUndefined();
  });
});

describe("filterLogEntries", () => {
  it("shows the chosen level and everything more severe", () => {
    expect(filterLogEntries(entries, { minLevel: "debug", search: "" }).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(filterLogEntries(entries, { minLevel: "warning", search: "" }).map((e) => e.seq)).toEqual([3, 4, 5, 6]);
    expect(filterLogEntries(entries, { minLevel: "emergency", search: "" }).map((e) => e.seq)).toEqual([5, 6]);
  });

  it("searches data and logger name, case-insensitively, within the level filter", () => {
    expect(filterLogEntries(entries, { minLevel: "debug", search: "DISK" }).map((e) => e.seq)).toEqual([3, 4]);
    expect(filterLogEntries(entries, { minLevel: "error", search: "disk" }).map((e) => e.seq)).toEqual([4]);
    expect(filterLogEntries(entries, { minLevel: "debug", search: "auth" }).map((e) => e.seq)).toEqual([2]);
    expect(filterLogEntries(entries, { minLevel: "debug", search: '"ada"' }).map((e) => e.seq)).toEqual([2]);
    expect(filterLogEntries(entries, { minLevel: "debug", search: "nothing like this" })).toEqual([]);
  });
});

describe("levels", () => {
  it("ranks the 8 RFC 5424 levels and never hides an unknown one", () => {
    expect(levelRank("debug")).toBe(0);
    expect(levelRank("emergency")).toBe(7);
    expect(levelRank("verbose")).toBe(8);
    expect(levelColor("error")).toBe("red");
    expect(levelColor("verbose")).toBe("orange");
  });
});

describe("scanNotifications", () => {
  const other: Frame = { seq: 9, t: 0, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", method: "notifications/message", params: {} } };
  const request: Frame = { seq: 10, t: 0, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 1, method: "notifications/message" } };

  it("takes only server notifications of the method, and only scans new frames when the log grew", () => {
    const a = logFrame(1, "info", "one");
    const b = logFrame(2, "info", "two");
    let calls = 0;
    const map = (f: MessageFrame) => (calls++, f.seq);
    const first = scanNotifications(undefined, [a, other, request], "notifications/message", map);
    expect(first.items).toEqual([1]);
    const second = scanNotifications(first, [a, other, request, b], "notifications/message", map);
    expect(second.items).toEqual([1, 2]);
    expect(calls).toBe(2);
    // A different log (a new session): scanned from the start.
    expect(scanNotifications(second, [b], "notifications/message", map).items).toEqual([2]);
  });
});
