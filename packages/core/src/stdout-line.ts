import type { JsonRpcMessage } from "./frame";

const strictDecoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

export type StdoutLine =
  | { kind: "message"; msg: JsonRpcMessage; bytes: number }
  | { kind: "stdout-noise"; text: string; reason: string; invalidUtf8?: boolean }
  | { kind: "blank" };

/** What one line of a server's stdout is: a JSON-RPC message, or noise with the reason it is not one. */
export function classifyStdoutLine(bytes: Uint8Array): StdoutLine {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    return {
      kind: "stdout-noise",
      text: lenientDecoder.decode(bytes),
      reason: "invalid UTF-8 on stdout: the server must write UTF-8 JSON-RPC only (write logs to stderr)",
      invalidUtf8: true,
    };
  }
  if (text.trim() === "") return { kind: "blank" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: "stdout-noise", text, reason: `not JSON (${(error as Error).message}): write logs to stderr, not stdout` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? "a JSON array (batches are not relayed)" : `a JSON ${value === null ? "null" : typeof value}`;
    return { kind: "stdout-noise", text, reason: `${what}, not a JSON-RPC message object` };
  }
  const msg = value as JsonRpcMessage;
  if (msg.jsonrpc !== "2.0" || !("method" in msg || "result" in msg || "error" in msg)) {
    return { kind: "stdout-noise", text, reason: 'JSON object that is not JSON-RPC 2.0 (needs "jsonrpc": "2.0" and a method, result or error)' };
  }
  return { kind: "message", msg, bytes: bytes.length };
}
