import Ajv, { type Options } from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { linearRegExp } from "@mcp-inspect/core/linear-regexp";
import { isSchemaObject } from "./normalize-schema";

export type Draft = "draft-07" | "2020-12";

const KEYWORDS_2020 = ["$defs", "prefixItems", "dependentSchemas", "dependentRequired", "unevaluatedProperties", "unevaluatedItems", "$dynamicRef"];

function uses2020Keywords(value: unknown, depth = 0): boolean {
  if (depth > 64 || typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => uses2020Keywords(v, depth + 1));
  return Object.entries(value).some(([k, v]) => KEYWORDS_2020.includes(k) || uses2020Keywords(v, depth + 1));
}

/**
 * Which draft validates a schema: `$schema` decides; without one, 2020-12 when it uses 2020
 * keywords (`$defs`, `prefixItems`...), else draft-07 (MCP servers mostly emit draft-07 from zod).
 */
export function schemaDraft(schema: unknown): Draft {
  const declared = isSchemaObject(schema) && typeof schema.$schema === "string" ? schema.$schema : undefined;
  if (declared) return /2019-09|2020-12/.test(declared) ? "2020-12" : "draft-07";
  return uses2020Keywords(schema) ? "2020-12" : "draft-07";
}

// Not strict: real servers send unknown keywords (x-*, "nullable"), and an inspector must still help.
// Patterns run on RE2 (linear time): a server's `pattern` like ^(a+)+$ must not freeze the tab.
const OPTIONS: Options = { allErrors: true, strict: false, validateFormats: true, code: { regExp: linearRegExp } };

/** An Ajv for that draft, with the standard formats (email, uri, date...). */
export function createAjv(draft: Draft): Ajv {
  const ajv = draft === "2020-12" ? new Ajv2020(OPTIONS) : new Ajv(OPTIONS);
  addFormats(ajv);
  return ajv;
}
