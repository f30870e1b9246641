import { describe, expect, it } from "vitest";
import { connectionReducer, initialConnectionState, INIT_TIMEOUT_CODE, type ConnectionState } from "../connection-state";
import type { ProcessEvent, ProcessFrame } from "../frame";

const p = (event: ProcessEvent) => ({ type: "process" as const, frame: { seq: 1, t: 0, kind: "process", ...event } as ProcessFrame });
const server = { name: "demo", version: "1", protocolVersion: "2025-11-25", capabilities: {} };

describe("connectionReducer", () => {
  it("goes starting -> initializing -> ready", () => {
    let s: ConnectionState = initialConnectionState;
    s = connectionReducer(s, p({ event: "spawn", pid: 9, command: "node", args: [], cwd: "/" }));
    expect(s).toEqual({ phase: "initializing", pid: 9 });
    s = connectionReducer(s, { type: "initialized", server });
    expect(s).toEqual({ phase: "ready", pid: 9, server });
  });

  it("explains an exit before initialize, with the stderr tail", () => {
    let s = connectionReducer(initialConnectionState, p({ event: "spawn", pid: 9, command: "node", args: [], cwd: "/" }));
    s = connectionReducer(s, p({ event: "exit", code: 1, signal: null, stderrTail: ["Error: boom"] }));
    expect(s).toEqual({ phase: "exited", code: 1, signal: null, stderrTail: ["Error: boom"], reason: "server exited with code 1 before it finished initializing" });
  });

  it("keeps the spawn error as the reason", () => {
    let s = connectionReducer(initialConnectionState, p({ event: "error", code: "MCPI_COMMAND_NOT_FOUND", message: "command not found: nope", stderrTail: [] }));
    s = connectionReducer(s, p({ event: "exit", code: null, signal: null, stderrTail: [] }));
    expect(s).toMatchObject({ phase: "failed", reason: "command not found: nope" });
  });

  it("fails with the reason when initialize is not answered in time, and restarts cleanly", () => {
    let s = connectionReducer(initialConnectionState, p({ event: "spawn", pid: 3, command: "x", args: [], cwd: "/" }));
    s = connectionReducer(s, p({ event: "init-timeout", timeoutMs: 5000, stderrTail: ["listening"] }));
    expect(s).toMatchObject({ phase: "failed", code: INIT_TIMEOUT_CODE, pid: 3, reason: expect.stringContaining("within 5 s"), stderrTail: ["listening"] });
    s = connectionReducer(s, p({ event: "restart" }));
    expect(s).toEqual({ phase: "starting" });
    // The old process's exit during a restart is not a failure to show.
    s = connectionReducer(s, p({ event: "exit", code: null, signal: "SIGTERM", stderrTail: [] }));
    expect(s).toEqual({ phase: "starting" });
  });

  it("becomes ready when initialize is answered after the init timeout", () => {
    let s = connectionReducer(initialConnectionState, p({ event: "spawn", pid: 3, command: "x", args: [], cwd: "/" }));
    s = connectionReducer(s, p({ event: "init-timeout", timeoutMs: 5000, stderrTail: [] }));
    s = connectionReducer(s, { type: "initialized", server: { name: "late", version: "1", protocolVersion: "2025-06-18", capabilities: {} } });
    expect(s).toMatchObject({ phase: "ready", pid: 3 });
  });

  it("names a signal", () => {
    let s = connectionReducer(initialConnectionState, p({ event: "spawn", pid: 3, command: "x", args: [], cwd: "/" }));
    s = connectionReducer(s, { type: "initialized", server });
    s = connectionReducer(s, p({ event: "exit", code: null, signal: "SIGKILL", stderrTail: [] }));
    expect(s).toMatchObject({ phase: "exited", reason: "server was killed by SIGKILL" });
  });
});
