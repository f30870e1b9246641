import type { Frame, MessageFrame } from "./frame";
import { RequestPairer, isRequest } from "./pairing";
import { eraOf, type ProtocolEra } from "./protocol-mode";

/** The 2026-07-28 per-request envelope's keys, in every request's `params._meta` (schema: RequestMetaObject). */
export const PROTOCOL_VERSION_META_KEY = "io.modelcontextprotocol/protocolVersion";
export const CLIENT_INFO_META_KEY = "io.modelcontextprotocol/clientInfo";
export const CLIENT_CAPABILITIES_META_KEY = "io.modelcontextprotocol/clientCapabilities";
export const LOG_LEVEL_META_KEY = "io.modelcontextprotocol/logLevel";

/** The protocol a session spoke: its era and the revision. */
export interface SessionProtocol {
  era: ProtocolEra;
  version: string;
}

/** The revision a client request's `_meta` envelope names, when it carries one. */
export function envelopeVersion(message: Record<string, unknown>): string | undefined {
  const params = message.params;
  if (typeof params !== "object" || params === null) return undefined;
  const meta = (params as Record<string, unknown>)._meta;
  if (typeof meta !== "object" || meta === null) return undefined;
  const version = (meta as Record<string, unknown>)[PROTOCOL_VERSION_META_KEY];
  return typeof version === "string" ? version : undefined;
}

/**
 * The protocol a session's frames negotiated, from the first handshake that succeeded (the era the session was
 * started in; a later reconnect in another era does not change what the recording is):
 * - legacy: the `protocolVersion` of the `initialize` result;
 * - modern: the envelope's `io.modelcontextprotocol/protocolVersion` (2026-07-28 or later) on a client request the
 *   server answered with a result. `server/discover` is the usual first one, but clients may skip it (the spec lets
 *   version negotiation happen inline, and the v2 SDK's own stdio transport probes on a sibling process), so any
 *   answered enveloped request counts. An error answer (-32022 unsupported version, a legacy server's -32601 to
 *   `server/discover`) settles nothing.
 * Undefined when neither happened (the server never answered, or nothing was asked).
 */
export function sessionProtocol(frames: readonly Frame[]): SessionProtocol | undefined {
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  for (const frame of frames) {
    if (frame.kind !== "message" || frame.dir !== "client->server" || !isRequest(frame)) continue;
    const result = resultOf(pairer.get(frame.seq)?.response);
    if (!result) continue;
    if (frame.msg.method === "initialize") {
      if (typeof result.protocolVersion === "string") return { era: eraOf(result.protocolVersion), version: result.protocolVersion };
      continue;
    }
    const version = envelopeVersion(frame.msg);
    if (version !== undefined && eraOf(version) === "modern") return { era: "modern", version };
  }
  return undefined;
}

function resultOf(response: MessageFrame | undefined): Record<string, unknown> | undefined {
  const result = response?.msg.result;
  return typeof result === "object" && result !== null && !Array.isArray(result) ? (result as Record<string, unknown>) : undefined;
}
