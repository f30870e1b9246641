import type { MessageFrame } from "../frame";
import { isObject, type KnownTool, type OpenRequest } from "./checker-state";
import { finding, preview } from "./finding";
import { headerAnnotations } from "./http-header-checks";
import type { CheckContext } from "./checker-state";
import { defaultDialect } from "./revisions";
import type { RuleId } from "./rules";
import { lintToolSchema } from "./schema-lint";
import { hasNestedQuantifier, schemaPatterns } from "./schema-patterns";
import type { CompiledSchema, Finding, SchemaDialect } from "./types";

const TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;

/** Checks one page of a tools/list result and remembers each tool for its calls. */
export function toolListFindings(ctx: CheckContext, frame: MessageFrame, request: OpenRequest): Finding[] {
  const { state } = ctx;
  const result = frame.msg.result as Record<string, unknown>;
  const params = isObject(request.frame.msg.params) ? request.frame.msg.params : {};
  if (params.cursor === undefined) state.listing = new Map(); // first page: a new listing
  if (!Array.isArray(result.tools)) return [];
  const out: Finding[] = [];
  // A definition problem is reported once per process, not at every re-list.
  const report = (rule: RuleId, name: string, message: string, path: string) => {
    const key = `${rule}|${name}|${path.replace(/^\/result\/tools\/\d+/, "")}`;
    if (state.reported.has(key)) return;
    state.reported.add(key);
    out.push(finding(rule, message, { about: frame.seq, path }));
  };
  result.tools.forEach((tool: unknown, i) => {
    if (!isObject(tool)) return;
    const at = `/result/tools/${i}`;
    const name = typeof tool.name === "string" ? tool.name : "";
    const label = `tool ${preview(name)}`;
    // Slow patterns hang other clients (we run them on RE2); unsupported ones we could not check.
    const patternFindings = (schema: unknown, which: string, compiled: CompiledSchema | undefined) => {
      const unsupported = new Set(compiled && "validate" in compiled ? compiled.unsupportedPatterns : []);
      for (const { pattern, path } of schemaPatterns(schema)) {
        const where = `${at}/${which}${path}`;
        if (hasNestedQuantifier(pattern)) {
          report("tools/schema-pattern-slow", name, `${label}: ${which} pattern ${preview(pattern)} at ${where} can take exponential time (a repeated group that repeats inside)`, where);
        }
        if (unsupported.has(pattern)) {
          report("tools/schema-pattern-unsupported", name, `${label}: ${which} pattern ${preview(pattern)} at ${where} uses syntax RE2 cannot run (lookaround or backreference): not checked`, where);
        }
      }
    };
    if (!TOOL_NAME.test(name)) report("tools/name-invalid", name, `${label}: names are 1-128 characters from A-Z a-z 0-9 _ - .`, `${at}/name`);
    else if (state.listing.has(name)) report("tools/name-duplicate", name, `${label} is listed twice`, `${at}/name`);
    if (typeof tool.description !== "string" || tool.description.trim() === "") report("tools/missing-description", name, `${label} has no description`, at);
    const known: KnownTool = {};
    if (isObject(tool.inputSchema) && tool.inputSchema.type !== "object") {
      report("tools/input-schema-not-object", name, `${label}: inputSchema root has type ${preview(tool.inputSchema.type)}, not "object"`, `${at}/inputSchema/type`);
    }
    const input = compile(ctx, tool.inputSchema);
    if (input && "error" in input && !input.remoteRef) report("tools/input-schema-invalid", name, `${label}: inputSchema does not compile: ${input.error}`, `${at}/inputSchema`);
    // Per tool, one finding per compat rule (the first place, and how many more): a lint, not a flood.
    const lint = lintToolSchema(tool.inputSchema);
    for (const hit of lint) {
      const more = lint.filter((h) => h.rule === hit.rule).length - 1;
      if (lint.find((h) => h.rule === hit.rule) !== hit) continue;
      report(hit.rule, name, `${label}: inputSchema ${hit.message}${more ? ` (and ${more} more)` : ""}`, `${at}/inputSchema${hit.path}`);
    }
    patternFindings(tool.inputSchema, "inputSchema", input);
    if (tool.outputSchema !== undefined) {
      const output = compile(ctx, tool.outputSchema);
      patternFindings(tool.outputSchema, "outputSchema", output);
      if (isObject(tool.outputSchema) && tool.outputSchema.type !== "object") {
        report("tools/output-schema-invalid", name, `${label}: outputSchema root has type ${preview(tool.outputSchema.type)}, not "object"`, `${at}/outputSchema/type`);
      } else if (output && "error" in output && !output.remoteRef) report("tools/output-schema-invalid", name, `${label}: outputSchema does not compile: ${output.error}`, `${at}/outputSchema`);
      else if (output && "validate" in output) known.output = output;
    }
    const headers = headerAnnotations(tool.inputSchema);
    if (headers) known.headers = headers;
    if (name) state.listing.set(name, known);
  });
  state.tools = state.listing;
  return out;
}

/** A tools/call result against the tool's outputSchema. */
export function toolCallFindings(ctx: CheckContext, frame: MessageFrame, request: OpenRequest): Finding[] {
  const params = isObject(request.frame.msg.params) ? request.frame.msg.params : {};
  const result = frame.msg.result as Record<string, unknown>;
  const name = String(params.name);
  const output = ctx.state.tools.get(name)?.output;
  // Errors are free-form by design; task results (2025-11-25) carry the payload later; so do 2026-07-28 results
  // other than "complete" (input_required asks for input first, an extension's "task" is a handle).
  const interim = result.resultType !== undefined && result.resultType !== "complete";
  if (!output || !("validate" in output) || result.isError === true || request.task || interim) return [];
  if (result.structuredContent === undefined) {
    return [finding("tools/structured-content-missing", `tool ${preview(name)} declares an outputSchema but its result has no structuredContent`, { about: frame.seq, path: "/result" })];
  }
  const problem = output.validate(result.structuredContent);
  if (!problem) return [];
  const path = `/result/structuredContent${problem.path}`;
  return [finding("tools/structured-content-mismatch", `tool ${preview(name)}: structuredContent${problem.path} ${problem.message}`, { about: frame.seq, path })];
}

function compile(ctx: CheckContext, schema: unknown): CompiledSchema | undefined {
  if (!ctx.validator || (!isObject(schema) && typeof schema !== "boolean")) return undefined;
  return ctx.validator.compile(schema, dialectOf(schema, ctx.state.version));
}

/** A schema's own $schema wins; otherwise the revision's default dialect. */
function dialectOf(schema: unknown, version: string | undefined): SchemaDialect {
  const declared = isObject(schema) && typeof schema.$schema === "string" ? schema.$schema : "";
  if (/draft-0[4-7]/.test(declared)) return "draft-07";
  if (/2019-09|2020-12/.test(declared)) return "2020-12";
  return defaultDialect(version);
}
