import type { StandardSchemaV1 } from "@modelcontextprotocol/client";

/**
 * A result schema that takes any JSON object as it is: for requests whose answer the inspector shows or
 * parses itself (resend, re-run, a lenient tools/list), where the SDK's own result schema would reject
 * what a broken server sent before the person could see it.
 */
export const anyResult: StandardSchemaV1<unknown, Record<string, unknown>> = {
  "~standard": {
    version: 1,
    vendor: "mcp-inspect",
    validate: (value) =>
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? { value: value as Record<string, unknown> }
        : { issues: [{ message: "a JSON-RPC result must be an object" }] },
  },
};
