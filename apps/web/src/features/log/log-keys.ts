import type { Frame } from "@mcp-inspect/core";

export type LogMove = "next" | "previous" | "first" | "last";

/**
 * The row an arrow key selects among the rows shown: the next or previous one from `from` (the row selected,
 * or the one selected last), or the first or last. From nothing, ↓ starts at the first row and ↑ at the last;
 * from a row the filter now hides, at the nearest shown row in that direction.
 */
export function rowAfterMove(rows: readonly Frame[], from: number | undefined, move: LogMove): number | undefined {
  if (rows.length === 0) return undefined;
  if (move === "first" || (move === "next" && from === undefined)) return rows[0]!.seq;
  if (move === "last" || (move === "previous" && from === undefined)) return rows[rows.length - 1]!.seq;
  // Rows are in seq order: the first row after `from`, or the last one before it.
  if (move === "next") return (rows.find((r) => r.seq > from!) ?? rows[rows.length - 1]!).seq;
  return (rows.findLast((r) => r.seq < from!) ?? rows[0]!).seq;
}
