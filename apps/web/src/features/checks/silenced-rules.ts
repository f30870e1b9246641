import type { CheckFrame } from "@mcp-inspect/core";

/** localStorage key of a session's silenced rules: silencing is per session, not global. */
export function silencedRulesKey(sessionId: string): string {
  return `mcp-inspect.silenced-rules.${sessionId}`;
}

/** The stored list, tolerating anything a user or an older version left there. */
export function parseSilencedRules(stored: string | null): ReadonlySet<string> {
  if (!stored) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set();
  }
}

export function serializeSilencedRules(rules: ReadonlySet<string>): string {
  return JSON.stringify([...rules].sort());
}

export function toggleRule(rules: ReadonlySet<string>, rule: string, silenced: boolean): ReadonlySet<string> {
  if (rules.has(rule) === silenced) return rules;
  const next = new Set(rules);
  if (silenced) next.add(rule);
  else next.delete(rule);
  return next;
}

const cache = new WeakMap<readonly CheckFrame[], { silenced: ReadonlySet<string>; visible: readonly CheckFrame[] }>();

/**
 * The findings whose rule is not silenced. Returns `findings` itself when none is silenced, and a
 * cached copy otherwise, so a memoised row gets the same array on every render until something changes.
 */
export function withoutSilenced(findings: readonly CheckFrame[], silenced: ReadonlySet<string>): readonly CheckFrame[] {
  if (silenced.size === 0 || !findings.some((f) => silenced.has(f.rule))) return findings;
  const hit = cache.get(findings);
  if (hit?.silenced === silenced) return hit.visible;
  const visible = findings.filter((f) => !silenced.has(f.rule));
  cache.set(findings, { silenced, visible });
  return visible;
}
