// `@mcp-inspect/core/checks/wire`: the heavy half of the checks (Ajv and ~460 KB of official
// schemas), kept out of `@mcp-inspect/core/checks` so the browser can show RULES for free.
import { createProtocolChecker } from "./create-protocol-checker";
import { createSchemaValidator } from "./schema-validator";
import type { ProtocolChecker, ProtocolCheckerOptions } from "./types";

export { createSchemaValidator } from "./schema-validator";

/** The checker with every rule on: what the CLI gives each session. */
export function createFullProtocolChecker(options: Omit<ProtocolCheckerOptions, "validator"> = {}): ProtocolChecker {
  return createProtocolChecker({ ...options, validator: createSchemaValidator() });
}
