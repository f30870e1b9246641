import type { ErrorObject, ValidateFunction } from "ajv";
import type { ErrorSchema } from "@rjsf/utils";
import { createAjv, schemaDraft } from "./create-ajv";

export interface ArgsProblem {
  /** JSON pointer of the value the problem is about ("" is the arguments object). */
  path: string;
  message: string;
}

export interface ArgsValidation {
  valid: boolean;
  problems: ArgsProblem[];
  /** The same problems in RJSF's shape, to show next to the fields. */
  errorSchema: ErrorSchema;
}

// Compiling is the slow part and schemas are stable objects (the tool list), so cache per schema.
const compiled = new WeakMap<object, ValidateFunction | Error>();

function compile(schema: object): ValidateFunction | Error {
  let entry = compiled.get(schema);
  if (!entry) {
    try {
      entry = createAjv(schemaDraft(schema)).compile(schema);
    } catch (error) {
      entry = error instanceof Error ? error : new Error(String(error));
    }
    compiled.set(schema, entry);
  }
  return entry;
}

function pointerParts(pointer: string): string[] {
  return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function toProblem(error: ErrorObject): ArgsProblem {
  // A missing property is a problem of that property, so its field shows it.
  if (error.keyword === "required") return { path: `${error.instancePath}/${String(error.params.missingProperty)}`, message: "is required" };
  if (error.keyword === "additionalProperties") return { path: error.instancePath, message: `must not have "${String(error.params.additionalProperty)}"` };
  return { path: error.instancePath, message: error.message ?? error.keyword };
}

function toErrorSchema(problems: ArgsProblem[]): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = root;
    for (const part of pointerParts(problem.path)) node = (node[part] ??= {}) as Record<string, unknown>;
    const list = ((node.__errors ??= []) as string[]);
    if (!list.includes(problem.message)) list.push(problem.message);
  }
  return root as ErrorSchema;
}

/** Checks arguments against a tool's original input schema, with the draft's own Ajv. */
export function validateArgs(inputSchema: unknown, args: unknown): ArgsValidation {
  if (typeof inputSchema !== "object" || inputSchema === null) return { valid: true, problems: [], errorSchema: {} };
  const validate = compile(inputSchema);
  if (validate instanceof Error) {
    const problems = [{ path: "", message: `the input schema does not compile: ${validate.message}` }];
    return { valid: true, problems, errorSchema: {} };
  }
  if (validate(args)) return { valid: true, problems: [], errorSchema: {} };
  // oneOf reports every branch's errors; the branch-level "must match exactly one" says enough.
  const problems = (validate.errors ?? []).filter((e) => !e.schemaPath.includes("/oneOf/") && !e.schemaPath.includes("/anyOf/")).map(toProblem);
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.path === p.path && q.message === p.message) === i);
  return { valid: false, problems: unique, errorSchema: toErrorSchema(unique) };
}
