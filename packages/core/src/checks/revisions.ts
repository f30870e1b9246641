import { eraOf, LATEST_LEGACY_REVISION, MODERN_REVISION, PROTOCOL_REVISIONS } from "../protocol-mode";
import type { SchemaDialect } from "./types";

/** Revisions whose official schema is vendored in packages/core/schemas, oldest first. */
export const SCHEMA_REVISIONS = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"] as const;
export type SchemaRevision = (typeof SCHEMA_REVISIONS)[number];
export const LATEST_REVISION: SchemaRevision = "2026-07-28";

/** Every published protocol version string. */
const KNOWN_VERSIONS = new Set<string>(PROTOCOL_REVISIONS);

export function isKnownVersion(version: unknown): version is string {
  return typeof version === "string" && KNOWN_VERSIONS.has(version);
}

/**
 * The vendored schema to check a message of `version` against. Without a version (before initialize, or a message
 * without the 2026-07-28 `_meta` envelope) a message is of the legacy era, so its newest schema applies; an unknown
 * version is checked against the newest schema of its era.
 */
export function schemaRevisionFor(version: string | undefined): SchemaRevision {
  if ((SCHEMA_REVISIONS as readonly string[]).includes(version ?? "")) return version as SchemaRevision;
  return version !== undefined && eraOf(version) === "modern" ? (MODERN_REVISION as SchemaRevision) : (LATEST_LEGACY_REVISION as SchemaRevision);
}

/** 2025-11-25 made JSON Schema 2020-12 the default dialect; older revisions never said (draft-07 in practice). */
export function defaultDialect(version: string | undefined): SchemaDialect {
  return (version ?? LATEST_LEGACY_REVISION) >= "2025-11-25" ? "2020-12" : "draft-07";
}

/** JSON-RPC batches existed in 2025-03-26 only; 2025-06-18 removed them. */
export function allowsBatches(version: string | undefined): boolean {
  return version === "2025-03-26";
}
