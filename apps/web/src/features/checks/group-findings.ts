import type { CheckFrame, Severity } from "@mcp-inspect/core";
import type { Rule } from "@mcp-inspect/core/checks";
import { compareSeverity } from "./severity";

/** One rule's findings, with what the Checks panel says about the rule. */
export interface RuleGroup {
  rule: string;
  title: string;
  severity: Severity;
  hint: string;
  /** Spec section or client behaviour the rule comes from; absent when the rule table lacks it. */
  source?: string;
  findings: readonly CheckFrame[];
}

/**
 * Groups findings by rule: most severe first, then by rule id. Title and source come from the rule
 * table when it knows the rule; otherwise the findings' own fields stand in (an older or newer backend).
 */
export function groupFindings(findings: readonly CheckFrame[], rules: ReadonlyMap<string, Rule> = new Map()): RuleGroup[] {
  const byRule = new Map<string, CheckFrame[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const groups: RuleGroup[] = [];
  for (const [rule, list] of byRule) {
    const known = rules.get(rule);
    const first = list[0]!;
    groups.push({
      rule,
      title: known?.title ?? rule,
      severity: known?.severity ?? first.severity,
      hint: known?.hint ?? first.hint,
      source: known?.source,
      findings: list,
    });
  }
  return groups.sort((a, b) => compareSeverity(a.severity, b.severity) || a.rule.localeCompare(b.rule));
}

/** Findings of the given severities only (the panel's severity filter). */
export function filterBySeverity(findings: readonly CheckFrame[], severities: ReadonlySet<Severity>): readonly CheckFrame[] {
  return severities.size === 3 ? findings : findings.filter((f) => severities.has(f.severity));
}
