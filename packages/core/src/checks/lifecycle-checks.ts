import type { MessageFrame } from "../frame";
import { isObject, type ProcessState } from "./checker-state";
import { finding, preview } from "./finding";
import { isKnownVersion } from "./revisions";
import type { Finding } from "./types";

/** Requests sent too early in the initialization handshake. */
export function lifecycleFindings(state: ProcessState, frame: MessageFrame, method: string): Finding[] {
  if (method === "ping" || method === "initialize") return [];
  if (frame.dir === "client->server" && !state.initializeAnswered) {
    return [finding("lifecycle/request-before-initialize", `client sent ${method} before the server answered initialize`, { about: frame.seq, path: "/method" })];
  }
  if (frame.dir === "server->client" && !state.initializedSent) {
    return [finding("lifecycle/server-request-before-initialized", `server sent request ${method} before the client sent notifications/initialized`, { about: frame.seq, path: "/method" })];
  }
  return [];
}

/** Takes in the initialize result: negotiated version and server capabilities. */
export function onInitializeResult(state: ProcessState, frame: MessageFrame, result: Record<string, unknown>): Finding[] {
  state.initializeAnswered = true;
  state.serverCaps = isObject(result.capabilities) ? result.capabilities : {};
  const version = result.protocolVersion;
  if (typeof version !== "string") return []; // wire/schema names the missing field
  state.negotiated = version;
  if (version === state.offered || isKnownVersion(version)) return [];
  return [
    finding(
      "lifecycle/unsupported-protocol-version",
      `server answered protocolVersion ${preview(version)}; the client offered ${preview(state.offered)} and ${preview(version)} is no MCP revision`,
      { about: frame.seq, path: "/result/protocolVersion" },
    ),
  ];
}

/** The process ended: was it before it ever answered initialize? */
export function exitFindings(state: ProcessState, code: number | null, signal: string | null, stderrTail: string[], about: number): Finding[] {
  // Killed by a signal is usually us stopping it; exit code 0 is a server that ended with its stdin.
  // A modern session (2026-07-28) has no initialize: a result to any of its requests started it.
  if (state.initializeAnswered || state.negotiated !== undefined || signal !== null || code === null || code === 0) return [];
  // The error line says more than the runtime's version banner that often ends the tail.
  const last = [...stderrTail].reverse().find((line) => /error|exception|traceback|not found|cannot|failed/i.test(line)) ?? stderrTail.at(-1);
  return [finding("lifecycle/exit-before-initialize", `server exited with code ${code} before it answered initialize${last ? `; last stderr line: ${preview(last, 160)}` : ""}`, { about })];
}
