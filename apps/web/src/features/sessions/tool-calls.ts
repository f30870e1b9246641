import { isRequest, RequestPairer, type Frame } from "@mcp-inspect/core";

/** One `tools/call` the client sent, with what came back. */
export interface RecordedToolCall {
  seq: number;
  name: string;
  arguments: unknown;
  /** The response's `result`, when it succeeded. */
  result?: unknown;
  /** The response's JSON-RPC error, when it failed. */
  error?: { code: number; message: string };
  durationMs?: number;
}

/** The tool calls of a session in order, paired with their responses (unanswered ones have neither). */
export function recordedToolCalls(frames: readonly Frame[]): RecordedToolCall[] {
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  const calls: RecordedToolCall[] = [];
  for (const frame of frames) {
    if (frame.kind !== "message" || frame.dir !== "client->server" || !isRequest(frame) || frame.msg.method !== "tools/call") continue;
    const params = (frame.msg.params ?? {}) as { name?: unknown; arguments?: unknown };
    const pairing = pairer.get(frame.seq);
    const response = pairing?.response?.msg as { result?: unknown; error?: { code: number; message: string } } | undefined;
    calls.push({
      seq: frame.seq,
      name: typeof params.name === "string" ? params.name : "(no name)",
      arguments: params.arguments ?? {},
      ...(response && "result" in response ? { result: response.result } : {}),
      ...(response?.error ? { error: response.error } : {}),
      ...(pairing?.durationMs !== undefined ? { durationMs: pairing.durationMs } : {}),
    });
  }
  return calls;
}
