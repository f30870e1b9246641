import { describe, expect, it } from "vitest";
import type { DoctorResult } from "../doctor-result";
import { doctorExitCode } from "../doctor-result";
import { formatDoctorReport, stepLines } from "../doctor-report";
import { templateVariables } from "../doctor-probe";
import { toolArgsSkeleton } from "../doctor-tool-args";

const base: DoctorResult = {
  command: ["node", "server.js"],
  initialized: true,
  server: { name: "srv", version: "1.2.3", protocolVersion: "2025-06-18", era: "legacy", capabilities: { tools: {} } },
  counts: { tools: 2, resources: 0, resourceTemplates: 0, prompts: 0, frames: 10 },
  steps: [{ name: "tools/list", ok: true, detail: "2 tools" }],
  findings: [],
  rulesChecked: ["a/b", "c/d"],
  stderrTail: ["boot"],
};

describe("formatDoctorReport", () => {
  it("groups findings by severity, then rule, with where and the fix once per rule", () => {
    const report = formatDoctorReport({
      ...base,
      findings: [
        { rule: "tools/name-invalid", severity: "warning", message: "tool name has a space", hint: "rename it", where: 'tools/list response, tool "a b", frame #4' },
        { rule: "stdio/stdout-noise", severity: "error", message: "line 1", hint: "log to stderr", where: "stdout, frame #2" },
        { rule: "stdio/stdout-noise", severity: "error", message: "line 2", hint: "log to stderr" },
      ],
    });
    expect(report.indexOf("Errors (2):")).toBeLessThan(report.indexOf("Warnings (1):"));
    expect(report).toContain("  ✖ stdio/stdout-noise (2)\n      line 1\n        at stdout, frame #2\n      line 2\n      fix: log to stderr");
    expect(report).toContain('        at tools/list response, tool "a b", frame #4');
    expect(report).toContain("server: srv 1.2.3 (protocol 2025-06-18, 2025 era, initialize; declares tools)");
    const modern = formatDoctorReport({ ...base, server: { ...base.server!, protocolVersion: "2026-07-28", era: "modern" } });
    expect(modern).toContain("server: srv 1.2.3 (protocol 2026-07-28, 2026 era, server/discover; declares tools)");
    expect(report.trimEnd().split("\n").at(-1)).toBe("✖ 2 errors, 1 warning, 0 info — 2 tools, 0 resources, 0 resource templates, 0 prompts; 2 rules over 10 frames");
    expect(report).not.toContain("stderr (last lines)");
  });

  it("shows the stderr tail when the start failed, and caps findings per rule", () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ rule: "stdio/stdout-noise", severity: "error" as const, message: `line ${i}`, hint: "h" }));
    const report = formatDoctorReport({ ...base, initialized: false, server: undefined, findings: many });
    expect(report).toContain("… and 3 more like it (--json lists all)");
    expect(report).toContain("stderr (last lines):\n  boot");
    expect(report).toContain("✖ could not start and initialize the server: 8 errors");
  });

  it("folds repeated steps but keeps failures visible", () => {
    const steps = [1, 2, 3, 4].map((i) => ({ name: `resources/read r${i}`, ok: i !== 3, detail: i === 3 ? "error -32002: not found" : "1 contents" }));
    expect(stepLines(steps)).toEqual(["✓ resources/read: 3 answered", "✗ resources/read r3: error -32002: not found"]);
  });

  it("exit codes: 2 not initialized, 1 errors, 0 otherwise", () => {
    expect(doctorExitCode(base)).toBe(0);
    expect(doctorExitCode({ ...base, findings: [{ rule: "x/y", severity: "warning", message: "", hint: "" }] })).toBe(0);
    expect(doctorExitCode({ ...base, findings: [{ rule: "x/y", severity: "error", message: "", hint: "" }] })).toBe(1);
    expect(doctorExitCode({ ...base, initialized: false })).toBe(2);
  });
});

describe("doctor helpers", () => {
  it("reads RFC 6570 template variables", () => {
    expect(templateVariables("demo://users/{userId}/{+path}{?q,page}{list*}{name:3}")).toEqual(["userId", "path", "q", "page", "list", "name"]);
  });

  it("builds skeleton tool arguments from required properties only", () => {
    const schema = {
      type: "object",
      required: ["s", "n", "e", "d", "o", "u"],
      properties: { s: { type: "string" }, n: { type: "integer" }, e: { enum: ["x", "y"] }, d: { type: "boolean", default: true }, o: { type: "object", required: ["k"], properties: { k: { type: ["null", "number"] } } }, u: { anyOf: [{ type: "null" }, { type: "array" }] }, skip: { type: "string" } },
    };
    expect(toolArgsSkeleton(schema)).toEqual({ s: "", n: 0, e: "x", d: true, o: { k: 0 }, u: [] });
  });
});
