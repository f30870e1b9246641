import { ProtocolError } from "@modelcontextprotocol/client";

export type DescribedError =
  | { kind: "json-rpc"; code: number; message: string; data?: unknown; text: string }
  | { kind: "other"; message: string; text: string };

/** A rejection from the SDK client: a JSON-RPC error response reads "JSON-RPC error <code>: <message>". */
export function describeError(error: unknown): DescribedError {
  if (error instanceof ProtocolError) {
    const prefix = `MCP error ${error.code}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return { kind: "json-rpc", code: error.code, message, data: error.data, text: `JSON-RPC error ${error.code}: ${message}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "other", message, text: message };
}
