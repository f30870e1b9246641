import type { ProcessFrame } from "./frame";

/** What the server said about itself in its `initialize` result. */
export interface ServerIdentity {
  name: string;
  version: string;
  title?: string;
  instructions?: string;
  protocolVersion: string;
  capabilities: Record<string, unknown>;
  /** The server/discover answer, when the session is in the 2026-07-28 (modern) era. */
  discover?: Record<string, unknown>;
}

/** The life of one connection to the target, as the UI shows it. */
export type ConnectionState =
  | { phase: "starting" }
  | { phase: "initializing"; pid: number; warning?: string }
  | { phase: "ready"; pid: number; server: ServerIdentity }
  | { phase: "failed"; pid?: number; reason: string; stderrTail: string[]; /** The backend's error code, when it named one. */ code?: string }
  | { phase: "exited"; code: number | null; signal: string | null; stderrTail: string[]; reason: string };

export type ConnectionAction =
  | { type: "process"; frame: ProcessFrame }
  | { type: "initialized"; server: ServerIdentity }
  | { type: "initialize-failed"; reason: string; stderrTail?: string[] };

export const initialConnectionState: ConnectionState = { phase: "starting" };

/** The error code of a remote server waiting for an OAuth authorization in the browser: not broken, waiting. */
export const AUTH_REQUIRED_CODE = "MCPI_AUTH_REQUIRED";

/**
 * The code of a server that did not answer `initialize` within --init-timeout: failed, with the reason,
 * rather than "initializing" forever. A late answer still makes it ready.
 */
export const INIT_TIMEOUT_CODE = "MCPI_INIT_TIMEOUT";

/** True while a remote server waits for the person to approve an OAuth authorization. */
export function awaitingAuthorization(state: ConnectionState): boolean {
  return state.phase === "failed" && state.code === AUTH_REQUIRED_CODE;
}

export function connectionReducer(state: ConnectionState, action: ConnectionAction): ConnectionState {
  switch (action.type) {
    case "process": {
      const frame = action.frame;
      switch (frame.event) {
        case "restart":
          return { phase: "starting" };
        case "spawn":
          return { phase: "initializing", pid: frame.pid };
        case "init-timeout":
          if (state.phase !== "initializing") return state;
          return {
            phase: "failed",
            pid: state.pid,
            code: INIT_TIMEOUT_CODE,
            reason: `no answer to ${frame.method ?? "initialize"} within ${frame.timeoutMs / 1000} s (--init-timeout): is the server reading JSON-RPC on stdin, and answering on stdout?`,
            stderrTail: frame.stderrTail,
          };
        case "error":
          return { phase: "failed", reason: frame.message, stderrTail: frame.stderrTail, code: frame.code };
        case "exit":
          // The exit of the process a restart is replacing: the new spawn follows.
          if (state.phase === "starting") return state;
          // An error already named the cause (e.g. command not found); keep it.
          if (state.phase === "failed") return { ...state, stderrTail: frame.stderrTail.length ? frame.stderrTail : state.stderrTail };
          return {
            phase: "exited",
            code: frame.code,
            signal: frame.signal,
            stderrTail: frame.stderrTail,
            reason: describeExit(frame.code, frame.signal, state.phase === "ready"),
          };
      }
      return state;
    }
    case "initialized":
      // A late answer after the init timeout: the server is usable after all.
      if (state.phase === "failed" && state.code === INIT_TIMEOUT_CODE && state.pid !== undefined) return { phase: "ready", pid: state.pid, server: action.server };
      if (state.phase !== "initializing") return state;
      return { phase: "ready", pid: state.pid, server: action.server };
    case "initialize-failed":
      if (state.phase === "exited" || (state.phase === "failed" && state.code !== INIT_TIMEOUT_CODE)) return state;
      return {
        phase: "failed",
        pid: state.phase === "initializing" || state.phase === "ready" ? state.pid : undefined,
        reason: action.reason,
        stderrTail: action.stderrTail ?? [],
      };
  }
}

export function describeExit(code: number | null, signal: string | null, wasReady: boolean): string {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code ?? "?"}`;
  return wasReady ? `server ${how}` : `server ${how} before it finished initializing`;
}
