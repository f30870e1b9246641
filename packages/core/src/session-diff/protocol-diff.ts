import { sessionProtocol, type SessionProtocol } from "../protocol-era";
import type { Frame } from "../frame";

/** The protocols of two sessions that spoke different ones (era or revision); either may be unknown (never negotiated). */
export interface ProtocolDiff {
  a?: SessionProtocol;
  b?: SessionProtocol;
}

/**
 * Whether two sessions spoke different protocols, from their frames. Named before anything else in a compare: a
 * 2026-07-28 session and a 2025 one differ in the shape of nearly every answer (resultType, the serverInfo in _meta,
 * input_required rounds instead of server requests), and the reader should know why first.
 */
export function diffProtocol(a: readonly Frame[], b: readonly Frame[]): ProtocolDiff | undefined {
  const pa = sessionProtocol(a);
  const pb = sessionProtocol(b);
  if (pa?.version === pb?.version) return undefined;
  return { ...(pa ? { a: pa } : {}), ...(pb ? { b: pb } : {}) };
}

/** "protocol: A 2026-07-28 (modern era), B 2025-11-25 (legacy era)". */
export function protocolDiffText(diff: ProtocolDiff, [a, b]: readonly [string, string]): string {
  const show = (p: SessionProtocol | undefined) => (p ? `${p.version} (${p.era} era)` : "none negotiated");
  const eras = diff.a && diff.b && diff.a.era !== diff.b.era ? "different eras" : "different revisions";
  return `protocol: ${eras}: ${a} ${show(diff.a)}, ${b} ${show(diff.b)}`;
}
