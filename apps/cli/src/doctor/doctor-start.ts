import { describeExit, droppedAnswer, type Frame, type MessageFrame } from "@mcp-inspect/core";
import type { Finding } from "@mcp-inspect/core/checks";
import { doctorRule } from "./doctor-rules";

const SPAWN_RULES: Record<string, string> = {
  MCPI_COMMAND_NOT_FOUND: "start/command-not-found",
  MCPI_NOT_EXECUTABLE: "start/not-executable",
  MCPI_HTTP_UNREACHABLE: "start/connect-failed",
  MCPI_HTTP_ERROR: "start/connect-failed",
};

function finding(rule: string, message: string, about?: number): Finding {
  const r = doctorRule(rule);
  return { rule, severity: r.severity, message, hint: r.hint, ...(about === undefined ? {} : { about }) };
}

/**
 * Why the start went wrong, read from the frames (process events, stdout noise, the initialize
 * exchange) rather than from the client's error, which only says "connection closed" or "timeout".
 * `initError` is what the SDK client said when connect failed, if it did.
 */
export function diagnoseStart(frames: readonly Frame[], initError: Error | undefined, timeoutMs: number): Finding[] {
  const findings: Finding[] = [];
  const init = frames.find((f): f is MessageFrame => f.kind === "message" && f.dir === "client->server" && f.msg.method === "initialize");
  const answer = init && frames.find((f): f is MessageFrame => f.kind === "message" && f.dir === "server->client" && f.msg.id === init.msg.id && f.msg.method === undefined);
  // An answer clients drop (jsonrpc "1.0", result and error both) is still an answer: not "never answered".
  const dropped = init && !answer ? frames.map(droppedAnswer).find((d) => d?.id === init.msg.id) : undefined;
  const answeredAt = answer?.seq ?? dropped?.seq ?? Infinity;

  for (const frame of frames) {
    if (frame.kind === "stdout-noise" && droppedAnswer(frame)) {
      continue; // a JSON-RPC answer with the wrong "jsonrpc": the checker's jsonrpc/version names it
    } else if (frame.kind === "stdout-noise") {
      const when = frame.seq < answeredAt ? "before initialize was answered" : "after initialize";
      findings.push(finding("stdio/stdout-noise", `the server wrote a line to stdout that is not JSON-RPC, ${when}: ${quote(frame.text)} (${frame.reason})`, frame.seq));
    } else if (frame.kind === "process" && frame.event === "error") {
      findings.push(finding(SPAWN_RULES[frame.code] ?? "start/spawn-failed", frame.message, frame.seq));
    } else if (frame.kind === "process" && frame.event === "exit" && frame.seq < answeredAt) {
      const noise = frames.some((f) => f.kind === "stdout-noise") ? "; it also wrote non-JSON to stdout (see below)" : "";
      findings.push(finding("lifecycle/exit-before-initialize", `${describeExit(frame.code, frame.signal, false)}${noise}`, frame.seq));
    } else if (frame.kind === "process" && frame.event === "exit") {
      findings.push(finding("doctor/server-exited", `${describeExit(frame.code, frame.signal, true)} while the doctor was checking it`, frame.seq));
    }
  }
  if (!initError || findings.some((f) => f.rule.startsWith("start/") || f.rule === "lifecycle/exit-before-initialize")) return findings;

  const version = (answer?.msg.result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
  if (dropped) {
    findings.push(finding("start/initialize-failed", `the server answered initialize, but clients drop the answer: ${dropped.problem}`, dropped.seq));
  } else if (answer?.msg.error) {
    const error = answer.msg.error as { code?: number; message?: string };
    findings.push(finding("start/initialize-failed", `initialize was answered with error ${error.code}: ${error.message}`, answer.seq));
  } else if (answer && /protocol version/i.test(initError.message)) {
    findings.push(finding("lifecycle/unsupported-protocol-version", `the server answered initialize with protocolVersion ${JSON.stringify(version)}, which no client supports`, answer.seq));
  } else if (answer) {
    findings.push(finding("start/initialize-failed", `the initialize result is not valid: ${initError.message}`, answer.seq));
  } else {
    const noise = frames.some((f) => f.kind === "stdout-noise") ? " It wrote non-JSON to stdout instead (see below)." : "";
    findings.push(finding("start/no-initialize-answer", `the server did not answer initialize within ${timeoutMs / 1000} s.${noise}`, init?.seq));
  }
  return findings;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}
