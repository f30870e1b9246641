import type { SchemaDialect } from "./types";

/** Revisions whose official schema is vendored in packages/core/schemas, oldest first. */
export const SCHEMA_REVISIONS = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"] as const;
export type SchemaRevision = (typeof SCHEMA_REVISIONS)[number];
export const LATEST_REVISION: SchemaRevision = "2025-11-25";

/** Every published protocol version string, including the 2026-07-28 draft (validated as the latest). */
const KNOWN_VERSIONS = new Set<string>([...SCHEMA_REVISIONS, "2026-07-28"]);

export function isKnownVersion(version: unknown): version is string {
  return typeof version === "string" && KNOWN_VERSIONS.has(version);
}

/** The vendored schema to check a session of `version` against. */
export function schemaRevisionFor(version: string | undefined): SchemaRevision {
  return (SCHEMA_REVISIONS as readonly string[]).includes(version ?? "") ? (version as SchemaRevision) : LATEST_REVISION;
}

/** 2025-11-25 made JSON Schema 2020-12 the default dialect; older revisions never said (draft-07 in practice). */
export function defaultDialect(version: string | undefined): SchemaDialect {
  return (version ?? LATEST_REVISION) >= "2025-11-25" ? "2020-12" : "draft-07";
}

/** JSON-RPC batches existed in 2025-03-26 only; 2025-06-18 removed them. */
export function allowsBatches(version: string | undefined): boolean {
  return version === "2025-03-26";
}
