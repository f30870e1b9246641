import { isRequest, type Frame, type MessageFrame } from "@mcp-inspect/core";

/** The editable part of a client request: method and params (the id is the client's to choose). */
export function resendText(request: MessageFrame): string {
  const { method } = request.msg;
  const params = withoutProgressToken(request.msg.params);
  return JSON.stringify(params === undefined ? { method } : { method, params }, null, 2);
}

/** The old progressToken belongs to the old request: the client does not know it, so progress for it would be an error. */
function withoutProgressToken(params: unknown): unknown {
  if (!params || typeof params !== "object") return params;
  const { _meta, ...rest } = params as { _meta?: Record<string, unknown> };
  if (!_meta || !("progressToken" in _meta)) return params;
  const { progressToken: _dropped, ...meta } = _meta;
  return Object.keys(meta).length > 0 ? { ...rest, _meta: meta } : rest;
}

/** Reads the editor's text back into a request, with a specific error for what is wrong. */
export function parseResend(text: string): { ok: true; method: string; params?: Record<string, unknown> } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { ok: false, error: 'Expected an object like { "method": "tools/call", "params": { ... } }' };
  const { method, params } = value as { method?: unknown; params?: unknown };
  if (typeof method !== "string" || !method) return { ok: false, error: '"method" must be a non-empty string' };
  if (params !== undefined && (params === null || typeof params !== "object" || Array.isArray(params))) return { ok: false, error: '"params" must be an object when present' };
  return params === undefined ? { ok: true, method } : { ok: true, method, params: params as Record<string, unknown> };
}

/** What edit-and-resend sent: the method and params, and the last frame before it (the new request comes after). */
export interface Resent {
  afterSeq: number;
  method: string;
  params?: Record<string, unknown>;
}

/** The request frame that carried `sent` on the wire: the first client request after it with the same method and params. */
export function findResent(frames: readonly Frame[], sent: Resent): MessageFrame | undefined {
  const params = sortedJson(sent.params);
  // Frames are in seq order: only the tail after `afterSeq` is read.
  let start = frames.length;
  while (start > 0 && frames[start - 1]!.seq > sent.afterSeq) start--;
  for (let i = start; i < frames.length; i++) {
    const frame = frames[i]!;
    if (frame.kind !== "message" || frame.dir !== "client->server" || !isRequest(frame)) continue;
    if (frame.msg.method === sent.method && sortedJson(frame.msg.params) === params) return frame;
  }
  return undefined;
}

/** JSON with object keys sorted: the same params compare equal whatever order they were written in. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
