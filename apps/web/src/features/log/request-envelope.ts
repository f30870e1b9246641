/**
 * The 2026-07-28 per-request envelope: with no initialize and no session, every request says in `params._meta`
 * which revision it speaks, who the client is and what it can do, and (optionally) the log level it wants.
 */
export interface RequestEnvelope {
  protocolVersion?: unknown;
  clientInfo?: unknown;
  clientCapabilities?: unknown;
  logLevel?: unknown;
  /** Any other reserved `io.modelcontextprotocol/*` key (trace context, subscription id, related task …). */
  other: Record<string, unknown>;
}

const PREFIX = "io.modelcontextprotocol/";
const NAMED: Record<string, keyof Omit<RequestEnvelope, "other">> = {
  [`${PREFIX}protocolVersion`]: "protocolVersion",
  [`${PREFIX}clientInfo`]: "clientInfo",
  [`${PREFIX}clientCapabilities`]: "clientCapabilities",
  [`${PREFIX}logLevel`]: "logLevel",
};

/** The envelope of a message's params, or undefined when it carries no reserved `_meta` key. */
export function requestEnvelope(msg: { params?: unknown }): RequestEnvelope | undefined {
  const meta = (msg.params as { _meta?: unknown } | undefined)?._meta;
  if (!meta || typeof meta !== "object") return undefined;
  const envelope: RequestEnvelope = { other: {} };
  let found = false;
  for (const [name, value] of Object.entries(meta)) {
    if (!name.startsWith(PREFIX)) continue;
    found = true;
    const field = NAMED[name];
    if (field) envelope[field] = value;
    else envelope.other[name.slice(PREFIX.length)] = value;
  }
  return found ? envelope : undefined;
}
