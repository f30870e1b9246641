import type { CheckFrame, Severity } from "@mcp-inspect/core";

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly CheckFrame[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "2 errors · 3 warnings"; infos only when nothing worse ("1 info"); "" when there is nothing. */
export function formatSummary(counts: SeverityCounts): string {
  const parts: string[] = [];
  if (counts.error) parts.push(plural(counts.error, "error"));
  if (counts.warning) parts.push(plural(counts.warning, "warning"));
  if (parts.length === 0 && counts.info) parts.push(`${counts.info} info`);
  return parts.join(" · ");
}

/**
 * The Checks tab's count: every finding the tab lists (infos too), coloured by the worst. It must agree
 * with the header summary and the list: counting errors and warnings only showed 0 beside "2 info".
 */
export function checksTabCount(counts: SeverityCounts): { n: number; color: string } {
  const n = counts.error + counts.warning + counts.info;
  return { n, color: counts.error ? "red" : counts.warning ? "orange" : n ? "blue" : "gray" };
}
