import { describe, expect, it } from "vitest";
import { formValues } from "../form-defaults";
import { formValidator } from "../form-validator";
import { normalizeSchema } from "../normalize-schema";
import { validateArgs } from "../validate-args";

// A server's schema with a catastrophic pattern and the near-miss value it freezes JavaScript's
// RegExp on (~2^34 steps). Without the linear-time engine each test hangs the tab's thread until
// vitest's timeout; there is no timing assertion.
const HOSTILE = `${"a".repeat(34)}!`;
const field = { type: "string", pattern: "^(a+)+$" };
const inputSchema = { type: "object", properties: { text: { ...field, default: HOSTILE }, choice: { oneOf: [field, { type: "number" }] } } };

describe("hostile patterns in a server's schemas do not freeze the tab", () => {
  it("validateArgs (the errors the person sees) rejects the value at once", () => {
    const result = validateArgs(inputSchema, { text: HOSTILE });
    expect(result.problems).toEqual([{ path: "/text", message: 'must match pattern "^(a+)+$"' }]);
    expect(validateArgs(inputSchema, { text: "aaa" }).valid).toBe(true);
  });

  it("RJSF's validator (defaults, oneOf branch picking) finishes on the form of the tool", () => {
    const form = normalizeSchema(inputSchema);
    expect(formValidator.isValid((form.properties as Record<string, object>).text!, HOSTILE, form)).toBe(false);
    expect(formValidator.validateFormData({ text: HOSTILE, choice: HOSTILE }, form).errors.length).toBeGreaterThan(0);
    expect(formValues(inputSchema, { choice: HOSTILE })).toMatchObject({ text: HOSTILE, choice: HOSTILE });
  });

  it("a pattern RE2 cannot run (lookahead) is skipped, not a crash", () => {
    const schema = { type: "object", properties: { p: { type: "string", pattern: "^(?=x)x+$" } } };
    expect(validateArgs(schema, { p: "anything" })).toMatchObject({ valid: true, problems: [] });
  });
});
