// Light on purpose (the web UI imports it): no Ajv, no schemas. The JSON Schema rules need a
// validator from `@mcp-inspect/core/checks/wire` (createSchemaValidator / createFullProtocolChecker).
export type { CompiledSchema, Finding, ProtocolChecker, ProtocolCheckerOptions, Rule, SchemaDialect, SchemaProblem, SchemaValidator } from "./types";
export { RULES, RULES_BY_ID, type RuleId } from "./rules";
export { createProtocolChecker } from "./create-protocol-checker";
export { SCHEMA_REVISIONS, LATEST_REVISION, isKnownVersion } from "./revisions";
export { cspProblems, type CspProblem } from "./apps-csp";
