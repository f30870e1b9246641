import { classifyStdoutLine, type JsonRpcMessage } from "@mcp-inspect/core";

export type BodyReading = { messages: { msg: JsonRpcMessage; bytes: number }[]; problem?: string };

/**
 * The JSON-RPC messages an HTTP body (a POST, a JSON answer) or an SSE event's data holds: one message, or a batch
 * (each element its own message), or a problem that says why it is not JSON-RPC. It reads a copy: what is
 * forwarded is the original bytes, whatever this finds.
 */
export function readJsonRpcBody(bytes: Uint8Array): BodyReading {
  const text = new TextDecoder().decode(bytes).trim();
  if (text.startsWith("[")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { messages: [], problem: `not JSON (${(error as Error).message})` };
    }
    const items = value as unknown[];
    const messages = items.flatMap((item) => {
      const one = classifyStdoutLine(new TextEncoder().encode(JSON.stringify(item)));
      return one.kind === "message" ? [{ msg: one.msg, bytes: one.bytes }] : [];
    });
    if (items.length === 0 || messages.length < items.length) return { messages, problem: `a JSON array of ${items.length} item(s), ${items.length - messages.length} of which are not JSON-RPC messages` };
    return { messages };
  }
  const one = classifyStdoutLine(bytes);
  if (one.kind === "message") return { messages: [{ msg: one.msg, bytes: one.bytes }] };
  if (one.kind === "blank") return { messages: [], problem: "an empty body" };
  // The reasons speak of stdout (the stdio framer's): keep what applies to a body.
  return { messages: [], problem: one.reason.replace(/: (write logs to stderr|the server must write).*$/, "").replace(" on stdout", "") };
}
