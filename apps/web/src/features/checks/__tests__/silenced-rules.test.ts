import { beforeEach, describe, expect, it } from "vitest";
import { parseSilencedRules, serializeSilencedRules, silencedRulesKey, toggleRule, withoutSilenced } from "../silenced-rules";
import { check, resetFrames } from "../../../test-support/check-frames";

describe("silenced rules", () => {
  beforeEach(() => resetFrames());

  it("keys storage by session id and round-trips the set", () => {
    expect(silencedRulesKey("abc")).toBe("mcp-inspect.silenced-rules.abc");
    const rules = new Set(["b/two", "a/one"]);
    expect(serializeSilencedRules(rules)).toBe('["a/one","b/two"]');
    expect([...parseSilencedRules(serializeSilencedRules(rules))]).toEqual(["a/one", "b/two"]);
  });

  it("tolerates missing or garbage storage", () => {
    expect(parseSilencedRules(null).size).toBe(0);
    expect(parseSilencedRules("{not json").size).toBe(0);
    expect(parseSilencedRules('{"a":1}').size).toBe(0);
    expect([...parseSilencedRules('["x/y", 3, null]')]).toEqual(["x/y"]);
  });

  it("toggles, returning the same set when nothing changes", () => {
    const none = new Set<string>();
    const one = toggleRule(none, "a/one", true);
    expect([...one]).toEqual(["a/one"]);
    expect(toggleRule(one, "a/one", true)).toBe(one);
    expect(toggleRule(one, "a/one", false).size).toBe(0);
    expect(none.size).toBe(0);
  });

  it("filters silenced findings, keeping array identity when it can", () => {
    const findings = [check("a/one", 1), check("b/two", 1)];
    expect(withoutSilenced(findings, new Set())).toBe(findings);
    expect(withoutSilenced(findings, new Set(["c/three"]))).toBe(findings);
    const silenced = new Set(["a/one"]);
    const visible = withoutSilenced(findings, silenced);
    expect(visible.map((f) => f.rule)).toEqual(["b/two"]);
    expect(withoutSilenced(findings, silenced)).toBe(visible); // cached: memoised rows stay put
    expect(withoutSilenced(findings, new Set(["a/one", "b/two"]))).toEqual([]);
  });
});
