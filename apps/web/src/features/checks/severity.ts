import type { Severity } from "@mcp-inspect/core";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Mantine colours, shared by badges, group headers and the header summary. */
export const severityColor: Record<Severity, string> = { error: "red", warning: "orange", info: "blue" };

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return rank[a] - rank[b];
}

/** The most severe of `severities` (info when empty). */
export function worstSeverity(severities: Iterable<Severity>): Severity {
  let worst: Severity = "info";
  for (const s of severities) if (rank[s] < rank[worst]) worst = s;
  return worst;
}
