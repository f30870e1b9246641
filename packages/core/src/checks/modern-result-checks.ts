import type { MessageFrame } from "../frame";
import { isObject, type CheckContext, type OpenRequest } from "./checker-state";
import { finding, preview } from "./finding";
import type { Finding } from "./types";

/** The results that MUST carry caching hints (server/utilities/caching, "Cacheable Results"). */
const CACHEABLE = new Set(["server/discover", "tools/list", "prompts/list", "resources/list", "resources/templates/list", "resources/read"]);

/** resultType values extensions add, by the extension id both sides declare in their capabilities. */
const EXTENSION_RESULT_TYPES = new Map([["io.modelcontextprotocol/tasks", ["task"]]]);

/** Codes the modern era retired (basic/index, "Error Codes"): MUST NOT be emitted by implementations of it. */
const RETIRED = new Map([
  [-32002, "resource not found (2025-11-25 and earlier; now -32602)"],
  [-32042, "URL elicitation required (2025-11-25 only)"],
]);
/** The codes 2026-07-28 defines in its reserved sub-range -32020..-32099. */
const DEFINED = new Set([-32020, -32021, -32022]);

/** A server result to a modern request: its resultType and, where the revision asks for them, its caching hints. */
export function modernResultFindings(ctx: CheckContext, frame: MessageFrame, request: OpenRequest, result: Record<string, unknown>): Finding[] {
  const about = frame.seq;
  const what = `result of ${request.method}`;
  const type = result.resultType;
  const out: Finding[] = [];
  if (type === undefined) {
    out.push(finding("modern/result-type-missing", `${what} has no resultType (2026-07-28 requires it on every result)`, { about, path: "/result/resultType" }));
  } else if (typeof type !== "string" || !knownResultTypes(ctx, request).has(type)) {
    out.push(finding("modern/result-type-unknown", `${what} has resultType ${preview(type)}; known here: ${[...knownResultTypes(ctx, request)].map((t) => JSON.stringify(t)).join(", ")}`, { about, path: "/result/resultType" }));
  }
  // Interim (input_required) and extension results carry no caching hints.
  const complete = type === undefined || type === "complete";
  if (complete && CACHEABLE.has(request.method)) {
    for (const key of ["ttlMs", "cacheScope"]) {
      if (result[key] === undefined) out.push(finding("cache/hint-missing", `${what} has no ${key}`, { about, path: `/result/${key}` }));
    }
  }
  if (result.ttlMs !== undefined && !(Number.isInteger(result.ttlMs) && (result.ttlMs as number) >= 0)) {
    out.push(finding("cache/hint-invalid", `${what} has ttlMs ${preview(result.ttlMs)}: an integer number of milliseconds >= 0 is expected`, { about, path: "/result/ttlMs" }));
  }
  if (result.cacheScope !== undefined && result.cacheScope !== "public" && result.cacheScope !== "private") {
    out.push(finding("cache/hint-invalid", `${what} has cacheScope ${preview(result.cacheScope)}: "public" or "private" is expected`, { about, path: "/result/cacheScope" }));
  }
  return out;
}

/** "complete", "input_required", and the values of extensions the request's client or the server declared. */
function knownResultTypes(ctx: CheckContext, request: OpenRequest): Set<string> {
  const known = new Set(["complete", "input_required"]);
  const declared = (caps: Record<string, unknown> | undefined) => (isObject(caps?.extensions) ? Object.keys(caps.extensions) : []);
  for (const id of [...declared(request.clientCaps), ...declared(ctx.state.serverCaps)]) for (const t of EXTENSION_RESULT_TYPES.get(id) ?? []) known.add(t);
  return known;
}

/** A server error to a modern request: retired codes, undefined reserved ones, and defined ones used for something else. */
export function modernErrorFindings(ctx: CheckContext, frame: MessageFrame, request: OpenRequest, error: Record<string, unknown>): Finding[] {
  const about = frame.seq;
  const code = error.code;
  if (typeof code !== "number") return [];
  const what = `error ${code} to ${request.method}`;
  const retired = RETIRED.get(code);
  if (retired) return [finding("modern/retired-error-code", `${what}: ${code} is ${retired}, not a 2026-07-28 code`, { about, path: "/error/code" })];
  if (code <= -32020 && code >= -32099 && !DEFINED.has(code)) {
    return [finding("modern/reserved-error-code", `${what}: ${code} is in the range the MCP spec reserves (-32020..-32099) but no revision defines it`, { about, path: "/error/code" })];
  }
  const misuse = misusedCode(ctx, request, code, isObject(error.data) ? error.data : undefined);
  return misuse ? [finding("modern/error-code-misused", `${what}: ${misuse}`, { about, path: "/error" })] : [];
}

function misusedCode(ctx: CheckContext, request: OpenRequest, code: number, data: Record<string, unknown> | undefined): string | undefined {
  if (code === -32020 && !ctx.http.seen) return "HeaderMismatch is about HTTP headers, and this session has none (stdio)";
  if (code === -32021) {
    const required = data?.requiredCapabilities;
    if (!isObject(required)) return "MissingRequiredClientCapability needs data.requiredCapabilities (an object)";
    const declared = request.clientCaps ?? {};
    const names = Object.keys(required);
    if (names.length > 0 && names.every((name) => declared[name] !== undefined)) return `the request declared every capability data.requiredCapabilities names (${names.join(", ")})`;
  }
  if (code === -32022) {
    const supported = data?.supported;
    if (!Array.isArray(supported) || typeof data?.requested !== "string") return "UnsupportedProtocolVersion needs data.supported (versions) and data.requested";
    const asked = request.version ?? data.requested;
    if (supported.includes(asked)) return `the requested version ${asked} is in data.supported ${preview(supported)}`;
  }
  return undefined;
}
