import type { CheckFrame, Frame, MessageFrame } from "../frame";
import { RequestPairer, isRequest, isResponse, messageId, type RequestId } from "../pairing";
import { percentile } from "../latency-stats";
import { maskUrl } from "../mask-url";

/** One client->server (or server->client) request with its answer, as every export format needs it. */
export interface Exchange {
  request: MessageFrame;
  response?: MessageFrame;
  method: string;
  /** The tool name of a tools/call. */
  tool?: string;
  id: RequestId;
  durationMs?: number;
  /** The JSON-RPC error of the answer, when it failed. */
  error?: { code?: number; message?: string };
}

/** The requests of a session in order, each paired with its answer (ids are scoped per direction and process). */
export function exchangesOf(frames: readonly Frame[]): Exchange[] {
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  const out: Exchange[] = [];
  for (const frame of frames) {
    if (frame.kind !== "message" || !isRequest(frame)) continue;
    const pairing = pairer.get(frame.seq);
    const method = frame.msg.method as string;
    const params = frame.msg.params as { name?: unknown } | undefined;
    const tool = method === "tools/call" && typeof params?.name === "string" ? params.name : undefined;
    const rawError = pairing?.response?.msg.error as { code?: unknown; message?: unknown } | undefined;
    const error = rawError && typeof rawError === "object" ? { code: typeof rawError.code === "number" ? rawError.code : undefined, message: typeof rawError.message === "string" ? rawError.message : undefined } : undefined;
    out.push({ request: frame, response: pairing?.response, method, tool, id: messageId(frame)!, durationMs: pairing?.durationMs, error });
  }
  return out;
}

/** How a message frame reads in one word: request, response, error, notification. */
export function messageKind(frame: MessageFrame): "request" | "response" | "error" | "notification" | "other" {
  if (isRequest(frame)) return "request";
  if (isResponse(frame)) return "error" in frame.msg ? "error" : "response";
  if (typeof frame.msg.method === "string") return "notification";
  return "other";
}

export interface MethodStats {
  method: string;
  /** Requests and notifications sent with this method (both directions). */
  count: number;
  /** Requests answered with a JSON-RPC error. */
  errors: number;
  /** Nearest-rank percentiles of the answered requests' durations, in ms. */
  p50?: number;
  p90?: number;
}

/** Counts per method and latency p50/p90 of the answered requests, sorted by method. */
export function methodStats(frames: readonly Frame[]): MethodStats[] {
  const byMethod = new Map<string, { count: number; errors: number; durations: number[] }>();
  const group = (method: string) => {
    let g = byMethod.get(method);
    if (!g) byMethod.set(method, (g = { count: 0, errors: 0, durations: [] }));
    return g;
  };
  for (const frame of frames) {
    if (frame.kind === "message" && typeof frame.msg.method === "string") group(frame.msg.method).count++;
  }
  for (const exchange of exchangesOf(frames)) {
    const g = group(exchange.method);
    if (exchange.error) g.errors++;
    if (exchange.durationMs !== undefined && Number.isFinite(exchange.durationMs)) g.durations.push(exchange.durationMs);
  }
  return [...byMethod.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([method, g]) => {
      const sorted = g.durations.sort((a, b) => a - b);
      return { method, count: g.count, errors: g.errors, ...(sorted.length ? { p50: percentile(sorted, 50), p90: percentile(sorted, 90) } : {}) };
    });
}

export function findingsOf(frames: readonly Frame[]): CheckFrame[] {
  return frames.filter((f): f is CheckFrame => f.kind === "check");
}

/** Keys whose values are secrets whatever the server or client meant by them (passwords, API keys, tokens, cookies). */
const SECRET_KEY = /passw|secret|api[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|bearer|authorization|cookie|credential|private[_-]?key/i;

/** What recording left of a secret ("****", "Bearer ****"): kept, it still says which scheme was used. */
const ALREADY_MASKED = /^(\S+ )?\*{4}$/;

/**
 * A JSON value as an export shows it to people outside: values under secret-looking keys become "****", and URLs
 * inside strings are masked as the rest of mcp-inspect masks them (user:pass@, ?api_key=...). A copy; the input stays.
 */
export function maskJson(value: unknown, depth = 0): unknown {
  if (depth > 64) return "…";
  if (typeof value === "string") return maskUrlsIn(value);
  if (Array.isArray(value)) return value.map((item) => maskJson(item, depth + 1));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = SECRET_KEY.test(key) && (typeof item === "string" || typeof item === "number") && !ALREADY_MASKED.test(String(item)) ? "****" : maskJson(item, depth + 1);
    return out;
  }
  return value;
}

/** Every http(s)/ws(s) URL inside a string, masked. */
export function maskUrlsIn(text: string): string {
  return text.replace(/\b(?:https?|wss?):\/\/[^\s"'<>]+/gi, (url) => maskUrl(url));
}

/** Whether a header's value is a secret by its name (the user's own headers are masked at recording already). */
export function isSecretHeader(name: string): boolean {
  return /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key)$/i.test(name) || SECRET_KEY.test(name);
}

/**
 * A recorded header's value as an export shows it. Recording masked the user's own headers already ("Bearer ****");
 * a secret-named header that is not masked (a hand-written or foreign file) is masked here the same way.
 */
export function maskHeader(name: string, value: string): string {
  if (!isSecretHeader(name) || /^(\S+ )?\*\*\*\*$/.test(value)) return value;
  const scheme = /^([A-Za-z][\w.+-]*)\s+\S/.exec(value.trim());
  return /^(proxy-)?authorization$/i.test(name) && scheme ? `${scheme[1]} ****` : "****";
}
