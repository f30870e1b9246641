/**
 * Which protocol revision a client asks for, shared by the CLI flag (`--protocol`), the session header and the
 * browser client. 2026-07-28 is the modern era (no initialize: `server/discover` and a `_meta` envelope per
 * request); the revisions before it are the legacy (initialize) era.
 */

/** Every protocol revision a real server speaks, oldest first. */
export const PROTOCOL_REVISIONS = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"] as const;
export type ProtocolRevision = (typeof PROTOCOL_REVISIONS)[number];

/** The first revision of the modern era. */
export const MODERN_REVISION: ProtocolRevision = "2026-07-28";
/** The newest revision of the legacy (initialize) era. */
export const LATEST_LEGACY_REVISION: ProtocolRevision = "2025-11-25";

/** `auto` probes with `server/discover` and falls back to `initialize`; a revision pins it. */
export type ProtocolMode = "auto" | ProtocolRevision;

export type ProtocolEra = "modern" | "legacy";

/** The era a negotiated (or recorded) protocol version belongs to. */
export function eraOf(version: string): ProtocolEra {
  return version >= MODERN_REVISION ? "modern" : "legacy";
}

export function isProtocolMode(value: unknown): value is ProtocolMode {
  return value === "auto" || (PROTOCOL_REVISIONS as readonly unknown[]).includes(value);
}

/** Reads `--protocol`'s value; the error says what would have been accepted. */
export function parseProtocolMode(value: string): ProtocolMode {
  if (isProtocolMode(value)) return value;
  throw new Error(`--protocol: "${value}" is not a protocol revision; use auto or one of ${PROTOCOL_REVISIONS.join(", ")}`);
}
