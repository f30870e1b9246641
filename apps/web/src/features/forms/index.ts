/**
 * Forms from JSON Schema for tool arguments and elicitation: a normalising pre-pass that makes any schema
 * renderable by RJSF + @rjsf/mantine, widgets, Ajv validation in the schema's dialect, the JSON editor,
 * remembered arguments, Copy as JSON-RPC / mcp-inspect call. Loaded on demand (only lazy views import this
 * index). May import: client/, ui/, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export type { CallTarget } from "./copy-call";
export { CopyCallMenu } from "./CopyCallMenu";
export { InvalidArgsAlert } from "./InvalidArgsAlert";
export { JsonArgsEditor, ProblemList } from "./JsonArgsEditor";
export { pruneEmpty } from "./prune-empty";
export { rememberArgs, resetRememberedArgsCache, useRememberedArgs } from "./remembered-args";
export type { ArgsMode, RememberedArgs } from "./remembered-args";
export { SchemaForm } from "./SchemaForm";
export { useArgsEditor } from "./useArgsEditor";
export { validateArgs } from "./validate-args";
export { argsScope } from "./remembered-args";
