import { SERVER_INFO_META_KEY } from "@modelcontextprotocol/client";

/** Fields a 2026-07-28 answer carries beside the result itself: how it is delivered and cached, not what it says. */
const ENVELOPE_FIELDS = ["resultType", "ttlMs", "cacheScope"];

/**
 * The result as `call` prints it, the same shape in both eras: a 2026-07-28 answer loses its envelope (`resultType`,
 * the cache hints, the server's identity in `_meta`), so scripts that read `call`'s JSON need not know the era.
 * Everything the server put in the result itself (content, structuredContent, its own `_meta` keys) stays.
 */
export function eraNeutralResult(result: Record<string, unknown>): Record<string, unknown> {
  const out = Object.fromEntries(Object.entries(result).filter(([key]) => !ENVELOPE_FIELDS.includes(key)));
  const meta = out._meta;
  if (meta && typeof meta === "object" && !Array.isArray(meta) && SERVER_INFO_META_KEY in meta) {
    const { [SERVER_INFO_META_KEY]: _serverInfo, ...rest } = meta as Record<string, unknown>;
    if (Object.keys(rest).length) out._meta = rest;
    else delete out._meta;
  }
  return out;
}
