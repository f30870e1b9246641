// The light entry: rule metadata only (no Ajv, no schemas), so it costs the bundle a few KB.
export { RULES_BY_ID as RULE_TABLE } from "@mcp-inspect/core/checks";
