import { describe, expect, it } from "vitest";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/client/validators/ajv";
import { createSdkSchemaAjv } from "@mcp-inspect/core/sdk-schema-ajv";
import { checkOutput } from "../output-validation";

// A tool's outputSchema with a catastrophic pattern and the near-miss value it freezes JavaScript's RegExp on
// (~2^34 steps). Without the linear-time engine the test hangs until vitest's timeout; no timing assertion.
const HOSTILE = `${"a".repeat(34)}!`;
const field = { type: "string", pattern: "^(a+)+$" };

describe("a hostile pattern in a tool's outputSchema does not freeze the tab", () => {
  it("the outputSchema check of a result and the SDK client's own check finish", () => {
    const outputSchema = { type: "object", properties: { text: field } };
    expect(checkOutput(outputSchema, { content: [], structuredContent: { text: HOSTILE } })).toMatchObject({ kind: "mismatch" });
    const sdk = new AjvJsonSchemaValidator(createSdkSchemaAjv()).getValidator(outputSchema);
    expect(sdk({ text: HOSTILE }).valid).toBe(false);
  });

});
