import type { Rule } from "@mcp-inspect/core/checks";
import { beforeEach, describe, expect, it } from "vitest";
import { countBySeverity, formatSummary } from "../check-summary";
import { filterBySeverity, groupFindings } from "../group-findings";
import { compareSeverity, worstSeverity } from "../severity";
import { check, resetFrames } from "../../../test-support/check-frames";

describe("groupFindings", () => {
  beforeEach(() => resetFrames());

  it("groups by rule, most severe first, then by id", () => {
    const findings = [check("tools/missing-description", 1, "info"), check("z/err", 2), check("a/warn", 3, "warning"), check("z/err", 4), check("b/err", 5)];
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.rule, g.severity, g.findings.map((f) => f.about)])).toEqual([
      ["b/err", "error", [5]],
      ["z/err", "error", [2, 4]],
      ["a/warn", "warning", [3]],
      ["tools/missing-description", "info", [1]],
    ]);
  });

  it("takes title, hint and source from the rule table, falling back to the findings", () => {
    const rules = new Map<string, Rule>([["a/known", { id: "a/known", severity: "warning", title: "Known rule", hint: "table hint", source: "spec §1" }]]);
    const [known, unknown] = groupFindings([check("a/known", 1, "warning"), check("b/unknown", 2, "warning")], rules);
    expect(known).toMatchObject({ title: "Known rule", hint: "table hint", source: "spec §1" });
    expect(unknown).toMatchObject({ title: "b/unknown", hint: "fix b/unknown", source: undefined });
  });

  it("filters by severity", () => {
    const findings = [check("a", 1, "error"), check("b", 2, "warning"), check("c", 3, "info")];
    expect(filterBySeverity(findings, new Set(["error", "warning", "info"]))).toBe(findings);
    expect(filterBySeverity(findings, new Set(["info"])).map((f) => f.rule)).toEqual(["c"]);
  });
});

describe("summary counts", () => {
  beforeEach(() => resetFrames());

  it("counts by severity and says it briefly", () => {
    const counts = countBySeverity([check("a", 1), check("b", 1), check("c", 2, "warning"), check("d", 3, "warning"), check("e", 3, "warning"), check("f", 3, "info")]);
    expect(counts).toEqual({ error: 2, warning: 3, info: 1 });
    expect(formatSummary(counts)).toBe("2 errors · 3 warnings");
    expect(formatSummary({ error: 1, warning: 0, info: 4 })).toBe("1 error");
    expect(formatSummary({ error: 0, warning: 0, info: 4 })).toBe("4 info");
    expect(formatSummary({ error: 0, warning: 0, info: 0 })).toBe("");
  });

  it("orders severities", () => {
    expect(["info", "error", "warning"].sort((a, b) => compareSeverity(a as never, b as never))).toEqual(["error", "warning", "info"]);
    expect(worstSeverity(["info", "warning"])).toBe("warning");
    expect(worstSeverity([])).toBe("info");
  });
});
