import { RULES_BY_ID, type RuleId } from "./rules";
import type { Finding } from "./types";

/** A finding of `rule`, with its severity and hint from the table. */
export function finding(rule: RuleId, message: string, where: { about?: number; path?: string } = {}): Finding {
  const r = RULES_BY_ID.get(rule)!;
  return { rule, severity: r.severity, message, hint: r.hint, ...where };
}

/** A value as it should appear in a message: short JSON. */
export function preview(value: unknown, max = 80): string {
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
