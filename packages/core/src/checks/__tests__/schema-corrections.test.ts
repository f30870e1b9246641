import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import s20241105 from "../../../schemas/2024-11-05/schema.json";
import s20250326 from "../../../schemas/2025-03-26/schema.json";
import s20250618 from "../../../schemas/2025-06-18/schema.json";
import s20251125 from "../../../schemas/2025-11-25/schema.json";
import s20260728 from "../../../schemas/2026-07-28/schema.json";
import { OFFICIAL_SCHEMAS } from "../official-schemas";
import { SCHEMA_CORRECTIONS } from "../schema-corrections";
import { createSchemaValidator } from "../schema-validator";

const VENDORED: Record<string, Record<string, unknown>> = { "2024-11-05": s20241105, "2025-03-26": s20250326, "2025-06-18": s20250618, "2025-11-25": s20251125, "2026-07-28": s20260728 };

/** Does 2.5 validate against the sub-schema at `at` of this schema? (Ajv resolves the $refs around it.) */
function acceptsFraction(revision: string, schema: Record<string, unknown>, at: string): boolean {
  const defsKey = "$defs" in schema ? "$defs" : "definitions";
  const ajv = defsKey === "$defs" ? new Ajv2020({ strict: false, logger: false }) : new Ajv({ strict: false, logger: false });
  const base = `https://t.invalid/${revision}.json`;
  ajv.addSchema(schema, base);
  return ajv.compile({ $ref: `${base}#/${defsKey}/${at}` })(2.5) as boolean;
}

/** Every "integer" left in a schema, as a path inside its definitions. */
function integerPaths(node: unknown, path = ""): string[] {
  if (!node || typeof node !== "object") return [];
  const here = (node as { type?: unknown }).type;
  const own = here === "integer" || (Array.isArray(here) && here.includes("integer")) ? [path.slice(1)] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => integerPaths(v, `${path}/${k}`))];
}

describe("schema corrections (schema.json is stricter than schema.ts)", () => {
  for (const [revision, corrections] of Object.entries(SCHEMA_CORRECTIONS)) {
    for (const { at, schemaTs } of corrections) {
      it(`${revision} ${at}: ${schemaTs}`, () => {
        expect(acceptsFraction(revision, VENDORED[revision]!, at)).toBe(false);
        expect(acceptsFraction(revision, OFFICIAL_SCHEMAS[revision]!, at)).toBe(true);
      });
    }
  }

  it("leaves integer only where JSON-RPC or schema.ts asks for it", () => {
    for (const [revision, schema] of Object.entries(OFFICIAL_SCHEMAS)) {
      // ttlMs (2026-07-28): "an integer value in milliseconds" (server/utilities/caching).
      const left = integerPaths(schema.$defs ?? schema.definitions).filter((p) => !/\/properties\/code$/.test(p) && !/\/properties\/ttlMs$/.test(p));
      expect(left, revision).toEqual([]);
    }
  });

  it("answering trigger-elicitation-request with 2.5 in a number field raises nothing", () => {
    const validator = createSchemaValidator();
    const answer = { jsonrpc: "2.0", id: 3, result: { action: "accept", content: { name: "x", number: 2.5, check: true } } };
    expect(validator.checkMessage("2025-11-25", answer, { method: "elicitation/create", task: false })).toBeUndefined();
    expect(validator.checkMessage("2025-06-18", answer, { method: "elicitation/create", task: false })).toBeUndefined();
    // Still strict where the spec is: a string array is not a 2025-06-18 elicitation value.
    const list = { jsonrpc: "2.0", id: 3, result: { action: "accept", content: { tags: ["a"] } } };
    expect(validator.checkMessage("2025-06-18", list, { method: "elicitation/create", task: false })).toMatchObject({ path: "/result/content/tags" });
  });

  it("a fractional JSON-RPC error code is still an error (JSON-RPC 2.0: MUST be an integer)", () => {
    const validator = createSchemaValidator();
    expect(validator.checkMessage("2025-11-25", { jsonrpc: "2.0", id: 1, error: { code: 1.5, message: "x" } })).toMatchObject({ path: "/error/code" });
  });
});
