import { RULES, type ProtocolChecker, type Rule } from "@mcp-inspect/core/checks";
import { createFullProtocolChecker } from "@mcp-inspect/core/checks/wire";

/** The doctor applies every rule the UI does, schema validation included (the heavy half of the checks). */
export function loadProtocolChecks(slowResponseMs?: number): { checker: ProtocolChecker; rules: readonly Rule[] } {
  return { checker: createFullProtocolChecker(slowResponseMs === undefined ? {} : { slowResponseMs }), rules: RULES };
}
