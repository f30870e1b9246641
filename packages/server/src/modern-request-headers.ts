/**
 * Streamable HTTP in 2026-07-28 (SEP-2243): a request POST carries headers that repeat parts of its body, so servers
 * and gateways can route without parsing JSON: `MCP-Protocol-Version` (from the `_meta` envelope), `Mcp-Method`, and
 * `Mcp-Name` for the methods that name their object. The transport under the relay comes from the 1.x SDK, which knows
 * none of them; they are derived here from the body alone, so the relay stays protocol-agnostic: a body without the
 * 2026 envelope (every 2025-era message) gets no header at all.
 */
const PROTOCOL_VERSION_KEY = "io.modelcontextprotocol/protocolVersion";
/** Which param `Mcp-Name` repeats, per method (as the spec and the v2 SDK define it). */
const NAME_SOURCE: Record<string, string> = {
  "tools/call": "name",
  "prompts/get": "name",
  "resources/read": "uri",
  "tasks/get": "taskId",
  "tasks/update": "taskId",
  "tasks/cancel": "taskId",
};

export function modernRequestHeaders(body: unknown): Record<string, string> {
  if (typeof body !== "string") return {};
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch {
    return {};
  }
  if (!isObject(message) || typeof message.method !== "string" || message.id === undefined) return {};
  const params = isObject(message.params) ? message.params : {};
  const version = isObject(params._meta) ? params._meta[PROTOCOL_VERSION_KEY] : undefined;
  if (typeof version !== "string") return {};
  const headers: Record<string, string> = { "mcp-protocol-version": version, "mcp-method": message.method };
  const field = NAME_SOURCE[message.method];
  const name = field ? params[field] : undefined;
  if (typeof name === "string") headers["mcp-name"] = fieldValue(name);
  return headers;
}

/** A value that is not plain printable ASCII travels base64-wrapped (`=?base64?...?=`), as the spec says. */
function fieldValue(value: string): string {
  const plain = value.length > 0 && value === value.trim() && !(value.startsWith("=?base64?") && value.endsWith("?=")) && /^[\x20-\x7e\t]*$/.test(value);
  return plain ? value : `=?base64?${Buffer.from(value, "utf8").toString("base64")}?=`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
