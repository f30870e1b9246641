import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { JsonRpcMessage } from "../frame";
import { createLinearRegExp, linearRegExp } from "../linear-regexp";
import { OFFICIAL_SCHEMAS } from "./official-schemas";
import type { CompiledSchema, SchemaDialect, SchemaProblem, SchemaValidator } from "./types";

type Defs = Record<string, { properties?: { method?: { const?: unknown } }; required?: string[] }>;

/** Per revision: where its definitions live and which one describes each method. */
interface RevisionIndex {
  ajv: Ajv;
  base: string;
  defs: Defs;
  defsKey: "definitions" | "$defs";
  byMethod: Map<string, string>;
  errorDef: string;
}

/** Errors inside a listed tool's own schemas: tools/* rules name them better than the wire schema. */
const COVERED_BY_TOOL_RULES = /^\/result\/tools\/\d+\/(inputSchema|outputSchema)(\/|$)/;

/**
 * The Ajv implementation of SchemaValidator: the official schemas of every vendored revision
 * (draft-07 up to 2025-06-18, 2020-12 from 2025-11-25), each definition compiled once, on first use.
 */
export function createSchemaValidator(): SchemaValidator {
  // Every pattern runs on RE2 (linear time): a server's schema must not be able to freeze the event loop.
  const options = { strict: false, allErrors: true, logger: false, code: { regExp: linearRegExp } } as const;
  // Each Ajv is made on first use (a new Ajv compiles its meta-schemas): the CLI creates a checker per session as the
  // server starts, and a session that never sees a message of that dialect never pays for it.
  let wire07: Ajv | undefined;
  let wire2020: Ajv | undefined;
  // The patterns of the schema being compiled that RE2 cannot run (they are skipped, and reported).
  let unsupported: string[] = [];
  const userOptions = { strict: false, logger: false, code: { regExp: createLinearRegExp((pattern) => unsupported.push(pattern)) } } as const;
  // User schemas stop at the first error: one finding names one problem.
  const users: Partial<Record<SchemaDialect, Ajv>> = {};
  const user = (dialect: SchemaDialect): Ajv => (users[dialect] ??= addFormats(dialect === "draft-07" ? new Ajv(userOptions) : new Ajv2020(userOptions)));
  const indexes = new Map<string, RevisionIndex>();
  const compiled = new Map<string, ValidateFunction>();

  function index(revision: string): RevisionIndex | undefined {
    let found = indexes.get(revision);
    if (found) return found;
    const schema = OFFICIAL_SCHEMAS[revision];
    if (!schema) return undefined;
    const defsKey = "$defs" in schema ? "$defs" : "definitions";
    const defs = schema[defsKey] as Defs;
    const ajv = defsKey === "$defs" ? (wire2020 ??= addFormats(new Ajv2020(options))) : (wire07 ??= addFormats(new Ajv(options)));
    const base = `https://mcp-inspect.invalid/schemas/${revision}/schema.json`;
    ajv.addSchema(schema, base);
    const byMethod = new Map<string, string>();
    for (const [name, def] of Object.entries(defs)) {
      const method = def.properties?.method?.const;
      if (typeof method === "string") byMethod.set(method, name);
    }
    const errorDef = "JSONRPCErrorResponse" in defs ? "JSONRPCErrorResponse" : "JSONRPCError";
    found = { ajv, base, defs, defsKey, byMethod, errorDef };
    indexes.set(revision, found);
    return found;
  }

  function validatorFor(ix: RevisionIndex, revision: string, definition: string): ValidateFunction {
    const key = `${revision}|${definition}`;
    let fn = compiled.get(key);
    if (!fn) {
      fn = ix.ajv.compile({ $ref: `${ix.base}#/${ix.defsKey}/${definition}` });
      compiled.set(key, fn);
    }
    return fn;
  }

  return {
    checkMessage(revision: string, message: JsonRpcMessage, answers?: { method: string; task: boolean }, covered: readonly string[] = []) {
      const ix = index(revision);
      if (!ix) return undefined;
      let definition: string | undefined;
      let value: unknown = message;
      let prefix = "";
      if (typeof message.method === "string") {
        definition = ix.byMethod.get(message.method);
      } else if ("error" in message) {
        definition = ix.errorDef;
      } else if (answers && "result" in message) {
        definition = resultDefinition(ix, answers.method, answers.task, message.result);
        value = message.result;
        prefix = "/result";
      }
      if (!definition) return undefined;
      const fn = validatorFor(ix, revision, definition);
      if (fn(value)) return undefined;
      return bestProblem(fn.errors ?? [], prefix, definition, covered);
    },
    compile(schema: unknown, dialect: SchemaDialect): CompiledSchema {
      const ajv = user(dialect);
      const copy = typeof schema === "object" && schema !== null ? { ...(schema as Record<string, unknown>) } : schema;
      if (typeof copy === "object" && copy !== null) delete (copy as Record<string, unknown>).$schema; // the dialect is chosen already
      unsupported = [];
      try {
        const fn = ajv.compile(copy as object);
        const unsupportedPatterns = [...new Set(unsupported)];
        return {
          validate: (value) => (fn(value) ? undefined : bestProblem(fn.errors ?? [], "", undefined)),
          ...(unsupportedPatterns.length ? { unsupportedPatterns } : {}),
        };
      } catch (error) {
        const missingRef = (error as { missingRef?: string }).missingRef;
        return { error: (error as Error).message, remoteRef: typeof missingRef === "string" && !missingRef.startsWith("#") };
      } finally {
        // Forget it: a server that lists the same $id twice (every re-list) must not make Ajv throw.
        if (typeof copy === "object" && copy !== null) ajv.removeSchema(copy as object);
      }
    },
  };
}

/**
 * CallToolRequest -> CallToolResult; requests without a result type of their own get EmptyResult. From 2026-07-28 a
 * result says what it is: `input_required` is an InputRequiredResult, and a type no core schema describes (an
 * extension's, e.g. the tasks extension's "task", or an unknown one the modern rules report) is not checked here.
 */
function resultDefinition(ix: RevisionIndex, method: string, task: boolean, answer: unknown): string | undefined {
  if (task && "CreateTaskResult" in ix.defs) return "CreateTaskResult";
  if ("InputRequiredResult" in ix.defs) {
    const type = (answer as { resultType?: unknown } | null)?.resultType;
    if (type === "input_required") return "InputRequiredResult";
    if (type !== undefined && type !== "complete") return undefined;
  }
  const request = ix.byMethod.get(method);
  if (!request?.endsWith("Request")) return undefined;
  const result = request.replace(/Request$/, "Result");
  return result in ix.defs ? result : "EmptyResult" in ix.defs ? "EmptyResult" : undefined;
}

/**
 * The most specific error: deepest in the value, union keywords last (their branches say more). An error at or under
 * a `covered` path (a missing property counts at its own path) was reported by a dedicated rule already.
 */
function bestProblem(errors: ErrorObject[], prefix: string, definition: string | undefined, covered: readonly string[] = []): SchemaProblem | undefined {
  let best: ErrorObject | undefined;
  let bestScore = -1;
  // In a union (content blocks, results), a "type" const that fails only says "not that branch".
  const branchMiss = (e: ErrorObject) => e.keyword === "const" && e.instancePath.endsWith("/type");
  const telling = errors.some((e) => !branchMiss(e) && e.keyword !== "anyOf" && e.keyword !== "oneOf") ? errors.filter((e) => !branchMiss(e)) : errors;
  for (const error of telling) {
    const path = prefix + error.instancePath;
    if (COVERED_BY_TOOL_RULES.test(path)) continue;
    const missing = error.keyword === "required" ? `${path}/${String((error.params as { missingProperty?: unknown }).missingProperty)}` : path;
    if (covered.some((at) => missing === at || missing.startsWith(`${at}/`))) continue;
    const depth = error.instancePath.split("/").length;
    const score = depth * 2 + (error.keyword === "anyOf" || error.keyword === "oneOf" ? 0 : 1);
    if (score > bestScore) [best, bestScore] = [error, score];
  }
  if (!best) return undefined;
  return { path: prefix + best.instancePath, message: describeError(best), ...(definition ? { definition } : {}) };
}

function describeError(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties") return `unexpected property ${JSON.stringify(p.additionalProperty)}`;
  if (error.keyword === "const") return `must be ${JSON.stringify(p.allowedValue)}`;
  if (error.keyword === "enum") return `must be one of ${JSON.stringify(p.allowedValues)}`;
  return error.message ?? error.keyword;
}
