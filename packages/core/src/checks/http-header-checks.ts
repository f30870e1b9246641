import type { HttpFrame } from "../frame";
import { isObject, requestKey, type CheckContext, type KnownTool } from "./checker-state";
import { envelopeVersion, paramsOf } from "./envelope";
import { finding, preview } from "./finding";
import type { Finding } from "./types";

/** The methods whose requests carry Mcp-Name, and the param it mirrors (basic/transports/streamable-http). */
const NAME_SOURCE = new Map([
  ["tools/call", "name"],
  ["prompts/get", "name"],
  ["resources/read", "uri"],
]);

/**
 * The Mcp-* headers of a POST against the JSON-RPC request in its body (2026-07-28, Streamable HTTP): every header
 * the revision requires is there, and each says what the body says. Only for requests that carry the modern
 * `_meta` envelope: legacy clients send none of these headers.
 */
export function httpHeaderFindings(ctx: CheckContext, frame: HttpFrame): Finding[] {
  if (frame.event !== "response" || frame.method !== "POST" || frame.requestId === undefined) return [];
  const request = ctx.state.open.get(requestKey("client->server", frame.requestId));
  if (!request) return [];
  const msg = request.frame.msg;
  const version = envelopeVersion(msg);
  if (!request.modern || version === undefined) return [];
  const headers = lowerCased(frame.requestHeaders);
  const params = paramsOf(msg);
  const expected: [header: string, body: unknown, what: string][] = [
    ["mcp-protocol-version", version, `params._meta protocolVersion`],
    ["mcp-method", request.method, "method"],
  ];
  const source = NAME_SOURCE.get(request.method);
  if (source) expected.push(["mcp-name", params[source], `params.${source}`]);
  if (request.method === "tools/call") expected.push(...paramHeaders(ctx.state.tools.get(String(params.name)), params.arguments));
  const out: Finding[] = [];
  const label = `POST of ${request.method} (id ${preview(frame.requestId)}, frame ${request.frame.seq})`;
  for (const [header, body, what] of expected) {
    const sent = headers.get(header);
    if (body === undefined || body === null) continue;
    if (sent === undefined) {
      out.push(finding("http/header-missing", `${label} has no ${header} header (${what} is ${preview(body)})`, { about: frame.seq, path: `/requestHeaders/${header}` }));
    } else if (!same(decode(sent), body)) {
      out.push(finding("http/header-mismatch", `${label}: ${header} ${preview(sent)} but ${what} is ${preview(body)}`, { about: frame.seq, path: `/requestHeaders/${header}` }));
    }
  }
  return out;
}

/** Mcp-Param-{name} for every x-mcp-header argument the call has a value for. */
function paramHeaders(tool: KnownTool | undefined, args: unknown): [string, unknown, string][] {
  if (!tool?.headers) return [];
  const out: [string, unknown, string][] = [];
  for (const [name, path] of tool.headers) {
    let value: unknown = args;
    for (const key of path) value = isObject(value) ? value[key] : undefined;
    out.push([`mcp-param-${name}`, value, `arguments.${path.join(".")}`]);
  }
  return out;
}

/** The `x-mcp-header` annotations of a tool's inputSchema: reachable through `properties` only, as the spec allows. */
export function headerAnnotations(schema: unknown): Map<string, string[]> | undefined {
  const found = new Map<string, string[]>();
  const walk = (node: unknown, path: string[]) => {
    if (!isObject(node) || !isObject(node.properties)) return;
    for (const [key, sub] of Object.entries(node.properties)) {
      if (isObject(sub) && typeof sub["x-mcp-header"] === "string") found.set(sub["x-mcp-header"].toLowerCase(), [...path, key]);
      walk(sub, [...path, key]);
    }
  };
  walk(schema, []);
  return found.size ? found : undefined;
}

function lowerCased(headers: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** `=?base64?...?=` is the spec's encoding for values that are not plain ASCII. */
function decode(value: string): string {
  const m = /^=\?base64\?([A-Za-z0-9+/=]*)\?=$/.exec(value);
  if (!m) return value;
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(m[1]!), (c) => c.charCodeAt(0)));
  } catch {
    return value;
  }
}

/** Strings as they are, integers numerically (42.0 is 42), booleans as "true"/"false". */
function same(header: string, body: unknown): boolean {
  if (typeof body === "number") return header.trim() !== "" && Number(header) === body;
  if (typeof body === "boolean") return header === String(body);
  return header === String(body);
}
