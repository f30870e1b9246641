import type { ProtocolError } from "@modelcontextprotocol/client";

// The SDK's errors carry their class names in a registered symbol (its own cross-bundle `instanceof`): read it
// here rather than import ProtocolError, so showing an error does not put the whole SDK in the page's first chunk.
const SDK_BRANDS = Symbol.for("mcp.sdk.errorBrands");

function isProtocolError(error: unknown): error is ProtocolError {
  const brands = typeof error === "object" && error !== null ? (error as { [SDK_BRANDS]?: unknown })[SDK_BRANDS] : undefined;
  return brands instanceof Set && brands.has("mcp.ProtocolError");
}

export type DescribedError =
  | { kind: "json-rpc"; code: number; message: string; data?: unknown; text: string }
  | { kind: "other"; message: string; text: string };

/** A rejection from the SDK client: a JSON-RPC error response reads "JSON-RPC error <code>: <message>". */
export function describeError(error: unknown): DescribedError {
  if (isProtocolError(error)) {
    const prefix = `MCP error ${error.code}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return { kind: "json-rpc", code: error.code, message, data: error.data, text: `JSON-RPC error ${error.code}: ${message}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "other", message, text: message };
}
