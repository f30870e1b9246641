import type { CallToolResult } from "@modelcontextprotocol/client";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { default as AjvCore } from "ajv/dist/core.js";
import addFormats from "ajv-formats";
import { linearRegExp } from "@mcp-inspect/core/linear-regexp";

export interface SchemaProblem {
  /** JSON Pointer into structuredContent ("" is the whole value). */
  path: string;
  message: string;
}

export type OutputCheck =
  | { kind: "none" } // the tool declares no outputSchema
  | { kind: "skipped" } // isError: a tool error need not match
  | { kind: "valid" }
  | { kind: "missing" } // outputSchema but no structuredContent
  | { kind: "mismatch"; problems: SchemaProblem[] }
  | { kind: "bad-schema"; message: string };

export type Dialect = "draft-07" | "2020-12";

/** MCP defaults to 2020-12; an explicit draft-07 (or draft-06, a subset) `$schema` gets the draft-07 engine. */
export function schemaDialect(schema: object): Dialect {
  const declared = (schema as { $schema?: unknown }).$schema;
  return typeof declared === "string" && /draft-0[67]/.test(declared) ? "draft-07" : "2020-12";
}

function makeAjv(dialect: Dialect): AjvCore {
  // strict off: servers' schemas carry keywords (descriptions, vendor extensions) Ajv would refuse.
  // addUsedSchema off: two tools may share an $id without clashing in the one instance.
  // Patterns on RE2: a server's outputSchema must not be able to freeze the tab (ReDoS).
  const options = { allErrors: true, strict: false, addUsedSchema: false, validateFormats: true, code: { regExp: linearRegExp } };
  const ajv = dialect === "draft-07" ? new Ajv(options) : new Ajv2020(options);
  addFormats(ajv);
  return ajv;
}

const engines = new Map<Dialect, AjvCore>();
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    const dialect = schemaDialect(schema);
    let ajv = engines.get(dialect);
    if (!ajv) engines.set(dialect, (ajv = makeAjv(dialect)));
    // The dialect is chosen already; left in, $schema would have to name a meta-schema Ajv has loaded.
    const { $schema: _dialect, ...rest } = schema as Record<string, unknown>;
    validate = ajv.compile(rest);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Checks a tools/call result's structuredContent against the tool's outputSchema. */
export function checkOutput(outputSchema: object | undefined, result: CallToolResult): OutputCheck {
  if (!outputSchema) return { kind: "none" };
  if (result.isError === true) return { kind: "skipped" };
  if (result.structuredContent === undefined) return { kind: "missing" };
  let validate: ValidateFunction;
  try {
    validate = validatorFor(outputSchema);
  } catch (error) {
    return { kind: "bad-schema", message: error instanceof Error ? error.message : String(error) };
  }
  if (validate(result.structuredContent)) return { kind: "valid" };
  const problems = (validate.errors ?? []).map((e) => ({
    path: e.keyword === "required" ? `${e.instancePath}/${String(e.params["missingProperty"])}` : e.instancePath,
    message: e.message ?? e.keyword,
  }));
  return { kind: "mismatch", problems };
}
