import { isObject } from "./checker-state";
import type { RuleId } from "./rules";

export interface LintHit {
  rule: RuleId;
  message: string;
  /** JSON pointer inside the schema. */
  path: string;
}

const PROPERTY_NAME = /^[a-zA-Z0-9_.-]{1,64}$/;
const GEMINI_STRING_FORMATS = new Set(["date-time", "enum"]);
/** Keywords whose value is one sub-schema, and those whose value is a list or map of them. */
export const ONE = ["items", "additionalItems", "contains", "not", "if", "then", "else", "propertyNames", "unevaluatedItems", "unevaluatedProperties"];
export const LIST = ["anyOf", "oneOf", "allOf", "prefixItems", "items"];
export const MAP = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

/**
 * Client-compatibility lint of a tool's inputSchema: valid JSON Schema that widely used clients
 * reject (rules compat/*). Boolean values of additionalProperties stay legal: strict clients want them.
 */
export function lintToolSchema(schema: unknown): LintHit[] {
  const hits: LintHit[] = [];
  if (isObject(schema)) {
    const combinators = ["oneOf", "anyOf", "allOf"].filter((k) => k in schema);
    if (combinators.length) hits.push({ rule: "compat/root-combinator", message: `the root uses ${combinators.join(", ")}`, path: `/${combinators[0]}` });
  }
  walk(schema, "", hits, 0);
  return hits;
}

function walk(schema: unknown, path: string, hits: LintHit[], depth: number): void {
  if (!isObject(schema) || depth > 64) return;
  if (Array.isArray(schema.type)) hits.push({ rule: "compat/type-array", message: `"type" is ${JSON.stringify(schema.type)}`, path: `${path}/type` });
  if (typeof schema.$ref === "string" && !schema.$ref.startsWith("#")) hits.push({ rule: "compat/remote-ref", message: `$ref ${JSON.stringify(schema.$ref)} points outside the schema`, path: `${path}/$ref` });
  if (typeof schema.format === "string" && (schema.type === "string" || schema.type === undefined) && !GEMINI_STRING_FORMATS.has(schema.format)) {
    hits.push({ rule: "compat/format-unsupported", message: `string format ${JSON.stringify(schema.format)}`, path: `${path}/format` });
  }
  if (isObject(schema.properties)) {
    for (const name of Object.keys(schema.properties)) {
      if (!PROPERTY_NAME.test(name)) hits.push({ rule: "compat/property-name", message: `property name ${JSON.stringify(name)} does not match ^[a-zA-Z0-9_.-]{1,64}$`, path: `${path}/properties/${escape(name)}` });
    }
  }
  const child = (value: unknown, at: string) => {
    if (typeof value === "boolean") hits.push({ rule: "compat/boolean-schema", message: `sub-schema is the boolean ${value}`, path: at });
    else walk(value, at, hits, depth + 1);
  };
  for (const key of ONE) if (key in schema && !Array.isArray(schema[key])) child(schema[key], `${path}/${key}`);
  for (const key of LIST) if (Array.isArray(schema[key])) (schema[key] as unknown[]).forEach((s, i) => child(s, `${path}/${key}/${i}`));
  for (const key of MAP) {
    const map = schema[key];
    if (isObject(map)) for (const [name, s] of Object.entries(map)) child(s, `${path}/${key}/${escape(name)}`);
  }
  // additionalProperties: false/true is fine everywhere (OpenAI strict mode even requires false).
  if (isObject(schema.additionalProperties)) walk(schema.additionalProperties, `${path}/additionalProperties`, hits, depth + 1);
}

/** JSON pointer escaping of one segment. */
export function escape(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
