/**
 * Corrections to the vendored official schema.json files, applied once when they are loaded
 * (official-schemas.ts). The files themselves stay byte-for-byte as upstream (schemas/SOURCE).
 *
 * Why: schema.ts is the normative schema; schema.json is generated from it by typescript-json-schema with
 * `--defaultNumberType integer` (upstream scripts/generate-schemas.ts), so every `number` that schema.ts does
 * not annotate with `@TJS-type number` becomes "integer" in the JSON. A client answering an elicitation with
 * 2.5, or a server reporting `total: 2.5`, is valid per schema.ts and must not raise `wire/schema`.
 * Each correction below turns "integer" back into "number" at one place and quotes what schema.ts says there.
 * These are all of them at commit b0f60ba5 (found by listing every "integer" in each schema.json and reading
 * the schema.ts declaration behind it; for 2026-07-28 the declarations as the spec's schema page renders them).
 *
 * Kept strict on purpose (not corrected):
 * - the JSON-RPC error `code` (schema.ts `code: number`): JSON-RPC 2.0 section 5.1 says it MUST be an integer;
 * - URLElicitationRequiredError's `code` (2025-11-25): a const (-32042), integer or number alike;
 * - PrimitiveSchemaDefinition's `type: "number" | "integer"`: a string enum in schema.ts too;
 * - 2026-07-28's `ttlMs` (schema.ts `ttlMs: number`): the caching page says it is an integer (>= 0), and so does the
 *   JSON; the `cache/hint-invalid` rule names it.
 */

export interface SchemaCorrection {
  /** Path inside the revision's definitions ("definitions" or "$defs"), slash-separated. */
  at: string;
  /** The declaration in schema.ts this restores. */
  schemaTs: string;
}

const SHARED_2024_2025: SchemaCorrection[] = [
  { at: "ProgressToken", schemaTs: "type ProgressToken = string | number" },
  { at: "RequestId", schemaTs: "type RequestId = string | number (JSON-RPC 2.0: fractional ids SHOULD NOT, not MUST NOT)" },
  { at: "CompleteResult/properties/completion/properties/total", schemaTs: "completion.total?: number" },
  { at: "Resource/properties/size", schemaTs: "Resource.size?: number" },
];

const SINCE_2025_06_18: SchemaCorrection[] = [
  ...SHARED_2024_2025,
  { at: "ResourceLink/properties/size", schemaTs: "ResourceLink extends Resource: size?: number" },
  { at: "StringSchema/properties/minLength", schemaTs: "StringSchema.minLength?: number" },
  { at: "StringSchema/properties/maxLength", schemaTs: "StringSchema.maxLength?: number" },
];

/** By revision: every place schema.json says "integer" where schema.ts says `number`. */
export const SCHEMA_CORRECTIONS: Record<string, SchemaCorrection[]> = {
  "2024-11-05": [
    ...SHARED_2024_2025,
    { at: "CreateMessageRequest/properties/params/properties/maxTokens", schemaTs: "CreateMessageRequest.params.maxTokens: number" },
  ],
  "2025-03-26": [
    ...SHARED_2024_2025,
    { at: "CreateMessageRequest/properties/params/properties/maxTokens", schemaTs: "CreateMessageRequest.params.maxTokens: number" },
  ],
  "2025-06-18": [
    ...SINCE_2025_06_18,
    { at: "CreateMessageRequest/properties/params/properties/maxTokens", schemaTs: "CreateMessageRequest.params.maxTokens: number" },
    { at: "ElicitResult/properties/content/additionalProperties", schemaTs: "ElicitResult.content?: { [key: string]: string | number | boolean }" },
  ],
  "2025-11-25": [
    ...SINCE_2025_06_18,
    { at: "CreateMessageRequestParams/properties/maxTokens", schemaTs: "CreateMessageRequestParams.maxTokens: number" },
    { at: "ElicitResult/properties/content/additionalProperties/anyOf/1", schemaTs: "ElicitResult.content?: { [key: string]: string | number | boolean | string[] }" },
    { at: "Task/properties/pollInterval", schemaTs: "Task.pollInterval?: number" },
    { at: "Task/properties/ttl", schemaTs: "Task.ttl: number | null" },
    { at: "TaskMetadata/properties/ttl", schemaTs: "TaskMetadata.ttl?: number" },
    { at: "TitledMultiSelectEnumSchema/properties/minItems", schemaTs: "TitledMultiSelectEnumSchema.minItems?: number" },
    { at: "TitledMultiSelectEnumSchema/properties/maxItems", schemaTs: "TitledMultiSelectEnumSchema.maxItems?: number" },
    { at: "UntitledMultiSelectEnumSchema/properties/minItems", schemaTs: "UntitledMultiSelectEnumSchema.minItems?: number" },
    { at: "UntitledMultiSelectEnumSchema/properties/maxItems", schemaTs: "UntitledMultiSelectEnumSchema.maxItems?: number" },
  ],
  // Tasks left the core (an extension now); JSONValue is new. ttlMs stays "integer": the caching page says
  // "an integer value in milliseconds".
  "2026-07-28": [
    ...SINCE_2025_06_18,
    { at: "CreateMessageRequestParams/properties/maxTokens", schemaTs: "CreateMessageRequestParams.maxTokens: number" },
    { at: "ElicitResult/properties/content/additionalProperties/anyOf/1", schemaTs: "ElicitResult.content?: { [key: string]: string | number | boolean | string[] }" },
    { at: "JSONValue/anyOf/2", schemaTs: "type JSONValue = string | number | boolean | null | JSONObject | JSONArray" },
    { at: "TitledMultiSelectEnumSchema/properties/minItems", schemaTs: "TitledMultiSelectEnumSchema.minItems?: number" },
    { at: "TitledMultiSelectEnumSchema/properties/maxItems", schemaTs: "TitledMultiSelectEnumSchema.maxItems?: number" },
    { at: "UntitledMultiSelectEnumSchema/properties/minItems", schemaTs: "UntitledMultiSelectEnumSchema.minItems?: number" },
    { at: "UntitledMultiSelectEnumSchema/properties/maxItems", schemaTs: "UntitledMultiSelectEnumSchema.maxItems?: number" },
  ],
};

/**
 * A copy of `schema` with the revision's corrections applied. Throws when a correction no longer finds
 * "integer" where it expects it: an updated vendored file must be re-compared with its schema.ts.
 */
export function applySchemaCorrections(revision: string, schema: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(schema);
  const defs = (copy.$defs ?? copy.definitions) as Record<string, unknown>;
  for (const correction of SCHEMA_CORRECTIONS[revision] ?? []) {
    let node: unknown = defs;
    for (const key of correction.at.split("/")) node = (node as Record<string, unknown> | undefined)?.[key];
    const target = node as { type?: unknown } | undefined;
    const type = target?.type;
    if (type === "integer") target!.type = "number";
    else if (Array.isArray(type) && type.includes("integer")) target!.type = type.map((t) => (t === "integer" ? "number" : t));
    else throw new Error(`schema correction for ${revision} at ${correction.at} found no "integer" there: re-compare schema.json with schema.ts`);
  }
  return copy;
}
