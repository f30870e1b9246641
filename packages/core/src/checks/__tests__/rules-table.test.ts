import { describe, expect, it } from "vitest";
import readme from "../../../README.md?raw";
import { RULES } from "../rules";

/** The modules `@mcp-inspect/core/checks` pulls in, as text. */
const lightSources = import.meta.glob(["../*.ts", "!../schema-validator.ts", "!../official-schemas.ts", "!../wire.ts"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;

describe("the rules table", () => {
  it("has unique ids of the form area/name, each with title, hint and source", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(rule.title && rule.hint && rule.source).toBeTruthy();
    }
  });

  it("is documented in packages/core/README.md, rule for rule and nothing else", () => {
    const documented = [...readme.matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(documented.sort()).toEqual(RULES.map((r) => `${r.id} ${r.severity}`).sort());
  });

  it("keeps the light entry free of Ajv and the schemas (the web bundle imports it)", () => {
    expect(Object.keys(lightSources)).toContain("../index.ts");
    for (const [file, text] of Object.entries(lightSources)) {
      expect(text, file).not.toMatch(/from "ajv|schema-validator"|official-schemas"|\.json"/);
    }
  });
});
