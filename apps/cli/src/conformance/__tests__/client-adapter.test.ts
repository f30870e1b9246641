import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Tool } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import { clientOptions, elicitationDefaults } from "../adapter-client";
import { AdapterOAuthProvider } from "../adapter-oauth";
import { argumentsFor } from "../client-adapter";
import { baselineFor, suiteArgs } from "../client-conformance-command";
import { parseClientScenarioList, readClientResults } from "../client-suite";

const tool = (name: string, inputSchema: Record<string, unknown>): Tool => ({ name, inputSchema: { type: "object", ...inputSchema } }) as Tool;

describe("the conformance adapter's client", () => {
  it("negotiates as --protocol says: auto probes, 2026-07-28 pins, a 2025-era revision offers itself and older in initialize", () => {
    expect(clientOptions("auto").versionNegotiation).toEqual({ mode: "auto" });
    expect(clientOptions("2026-07-28").versionNegotiation).toEqual({ mode: { pin: "2026-07-28" } });
    const legacy = clientOptions("2025-06-18");
    expect(legacy.versionNegotiation).toEqual({ mode: "legacy" });
    expect(legacy.supportedProtocolVersions).toEqual(["2025-06-18", "2025-03-26", "2024-11-05"]);
    // What the UI answers, declared: elicitation (with defaults applied), sampling, roots.
    expect(Object.keys(clientOptions("auto").capabilities ?? {}).sort()).toEqual(["elicitation", "roots", "sampling"]);
    expect(clientOptions("auto").jsonSchemaValidator).toBeDefined();
  });

  it("accepts an elicitation form with its defaults, as a person who just clicks Accept", () => {
    const requestedSchema = {
      type: "object",
      properties: { name: { type: "string", default: "Ada" }, age: { type: "integer", default: 36 }, score: { type: "number", default: 9.5 }, ok: { type: "boolean", default: true }, tags: { type: "array", default: ["a"] }, free: { type: "string" } },
    };
    expect(elicitationDefaults({ message: "?", requestedSchema })).toEqual({ name: "Ada", age: 36, score: 9.5, ok: true, tags: ["a"] });
    expect(elicitationDefaults(undefined)).toEqual({});
  });

  it("fills a tool's form with what the scenario hands the person, else the smallest valid arguments", () => {
    const add = tool("add_numbers", { properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] });
    const person = { scenario: "tools_call", typed: new Map([["typed_tool", { region: "Hello, 世界" }]]) };
    expect(argumentsFor(add, [add], person)).toEqual({ a: 0, b: 0 });
    expect(argumentsFor(tool("typed_tool", {}), [], person)).toEqual({ region: "Hello, 世界" });
    const focal = tool("json_schema_2020_12_tool", { $defs: { x: { type: "string" } }, properties: { x: { $ref: "#/$defs/x" } } });
    const echo = tool("json_schema_echo", { properties: { schema: { type: "object" } }, required: ["schema"] });
    expect(argumentsFor(echo, [focal, echo], { scenario: "json-schema-2020-12-preservation", typed: new Map() })).toEqual({ schema: focal.inputSchema });
  });

  it("keeps OAuth credentials per authorization server: a client id is never shown to another one", () => {
    const provider = new AdapterOAuthProvider();
    provider.saveClientInformation({ client_id: "as1-client" }, { issuer: "https://as1.example" });
    provider.saveTokens({ access_token: "t1", token_type: "Bearer" }, { issuer: "https://as1.example" });
    expect(provider.clientInformation({ issuer: "https://as1.example" })?.client_id).toBe("as1-client");
    expect(provider.clientInformation({ issuer: "https://as2.example" })).toBeUndefined();
    expect(provider.tokens({ issuer: "https://as2.example" })).toBeUndefined();
    // A request carries the last tokens obtained.
    expect(provider.tokens()?.access_token).toBe("t1");
    const preRegistered = new AdapterOAuthProvider({ client_id: "given", client_secret: "s" });
    expect(preRegistered.clientInformation({ issuer: "https://any.example" })?.client_id).toBe("given");
    expect(preRegistered.clientMetadata.token_endpoint_auth_method).toBe("client_secret_basic");
  });
});

describe("running the suite's client scenarios", () => {
  const flags = { protocol: "auto" as const, scenario: [], expectedFailures: ["x/client-baseline-2026-07-28.yml", "x/client-baseline-2025-11-25.yml"], timeout: 1000 };

  it("runs each scenario at its era's wire, with that era's baseline", () => {
    const modern = suiteArgs("2026-07-28", "/out", flags, "tools_call");
    expect(modern[modern.indexOf("--spec-version") + 1]).toBe("2026-07-28");
    expect(modern[modern.indexOf("--expected-failures") + 1]).toMatch(/client-baseline-2026-07-28\.yml$/);
    const one = suiteArgs("2025-11-25", "/out", flags, "sse-retry");
    expect(one.slice(one.indexOf("--scenario"), one.indexOf("--scenario") + 4)).toEqual(["--scenario", "sse-retry", "--spec-version", "2025-11-25"]);
    // The suite launches this CLI with --protocol; it appends the scenario's URL itself.
    expect(one[one.indexOf("--command") + 1]).toMatch(/ conformance-client --protocol auto$/);
    expect(baselineFor("2025-06-18", ["a/client-baseline.yml", "a/client-baseline-2026-07-28.yml"])).toBe("a/client-baseline.yml");
  });

  it("takes the era's client scenarios from the suite's own list: required, then run unscored", () => {
    const listed = [
      "Required for 2026-07-28 (69 scenarios, frozen; run at the 2026-07-28 wire):",
      "",
      "Server scenarios (test against a server):",
      "  - server-stateless",
      "",
      "Client scenarios (test against a client):",
      "  - tools_call",
      "  - auth/metadata-default",
      "",
      "Run and reported, but never scored:",
      "  extension (2):",
      "    - auth/dpop [client]",
      "    - tasks-lifecycle [server]",
      "  added-after-release (1):",
      "    - json-schema-2020-12-preservation [client]",
    ].join("\n");
    expect(parseClientScenarioList(listed)).toEqual([
      { name: "tools_call", unscored: false },
      { name: "auth/metadata-default", unscored: false },
      { name: "auth/dpop", unscored: true },
      { name: "json-schema-2020-12-preservation", unscored: true },
    ]);
    // An unscored scenario is forced: at a given revision the suite would skip an extension.
    expect(suiteArgs("2026-07-28", "/out", flags, "auth/dpop", true)).toContain("--force");
    expect(suiteArgs("2026-07-28", "/out", flags, "tools_call")).not.toContain("--force");
  });

  it("reads each scenario's checks, an auth/ scenario from its nested folder", () => {
    const out = mkdtempSync(join(tmpdir(), "client-results-"));
    const write = (dir: string, checks: unknown[]) => {
      mkdirSync(join(out, dir), { recursive: true });
      writeFileSync(join(out, dir, "checks.json"), JSON.stringify(checks));
    };
    write("tools_call-2026-12-05T01-01-01-037Z", [{ id: "tool-add-numbers", status: "SUCCESS" }, { id: "server-info", status: "INFO" }]);
    write("auth/scope-step-up-2026-12-05T01-01-02-000Z", [{ id: "scope-step-up-escalation", status: "FAILURE", errorMessage: "no second authorization" }]);
    // A warning (a SHOULD not met) fails the scenario, as the suite's own verdict does.
    write("auth/basic-cimd-2026-12-05T01-01-03-000Z", [{ id: "pkce", status: "SUCCESS" }, { id: "cimd-client-id-used", status: "WARNING", description: "SHOULD use a URL client id" }]);
    expect(readClientResults(out)).toEqual([
      { scenario: "auth/basic-cimd", passed: false, checks: { passed: 1, failed: 0, warnings: 1 }, failures: ["cimd-client-id-used: SHOULD use a URL client id"] },
      { scenario: "auth/scope-step-up", passed: false, checks: { passed: 0, failed: 1, warnings: 0 }, failures: ["scope-step-up-escalation: no second authorization"] },
      { scenario: "tools_call", passed: true, checks: { passed: 1, failed: 0, warnings: 0 }, failures: [] },
    ]);
  });
});
