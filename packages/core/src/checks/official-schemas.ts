import s20241105 from "../../schemas/2024-11-05/schema.json";
import s20250326 from "../../schemas/2025-03-26/schema.json";
import s20250618 from "../../schemas/2025-06-18/schema.json";
import s20251125 from "../../schemas/2025-11-25/schema.json";
import s20260728 from "../../schemas/2026-07-28/schema.json";
import { applySchemaCorrections } from "./schema-corrections";

const VENDORED: Record<string, Record<string, unknown>> = {
  "2024-11-05": s20241105,
  "2025-03-26": s20250326,
  "2025-06-18": s20250618,
  "2025-11-25": s20251125,
  "2026-07-28": s20260728,
};

/**
 * The vendored official schemas (packages/core/schemas/SOURCE), by revision, with the corrections that make
 * them say what the normative schema.ts says (schema-corrections.ts). Heavy: import only from the wire entry.
 */
export const OFFICIAL_SCHEMAS: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(VENDORED).map(([revision, schema]) => [revision, applySchemaCorrections(revision, schema)]),
);
