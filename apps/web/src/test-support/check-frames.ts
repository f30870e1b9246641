import type { CheckFrame, Frame, Severity, StdoutNoiseFrame } from "@mcp-inspect/core";

let seq = 0;

export function resetFrames(): void {
  seq = 0;
}

/** A message frame with the next seq. */
export function message(msg: Record<string, unknown>, dir: "client->server" | "server->client" = "server->client"): Frame {
  seq++;
  return { seq, t: seq * 10, kind: "message", dir, msg: { jsonrpc: "2.0", ...msg } };
}

export function noise(text: string): StdoutNoiseFrame {
  seq++;
  return { seq, t: seq * 10, kind: "stdout-noise", text, reason: "not JSON" };
}

/** A check frame with the next seq, about frame `about`. */
export function check(rule: string, about: number | undefined, severity: Severity = "error", extra: Partial<CheckFrame> = {}): CheckFrame {
  seq++;
  return { seq, t: seq * 10, kind: "check", rule, severity, message: `${rule} broken`, hint: `fix ${rule}`, about, ...extra };
}
