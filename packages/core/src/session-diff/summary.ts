import type { CallPair, CallStatus } from "./call-pairs";
import type { KindDiff } from "./diff-surface";
import type { ProtocolDiff } from "./protocol-diff";

export interface DiffSummary {
  /** Set when the sessions spoke different protocols (era or revision). */
  protocol?: ProtocolDiff;
  surfaceChanges: number;
  calls: Record<CallStatus, number>;
}

export function summarise(surface: readonly KindDiff[], calls: readonly CallPair[], protocol?: ProtocolDiff): DiffSummary {
  const counts: Record<CallStatus, number> = { same: 0, differs: 0, "only-a": 0, "only-b": 0 };
  for (const pair of calls) counts[pair.status]++;
  return { ...(protocol ? { protocol } : {}), surfaceChanges: surface.reduce((n, k) => n + k.changes.length, 0), calls: counts };
}

/** One line, e.g. "2 surface changes · 1 call differs · 3 same · 0 only in A · 1 only in B". */
export function summaryText(s: DiffSummary, labels: readonly [string, string]): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    plural(s.surfaceChanges, "surface change", "surface changes"),
    plural(s.calls.differs, "call differs", "calls differ"),
    `${s.calls.same} same`,
    `${s.calls["only-a"]} only in ${labels[0]}`,
    `${s.calls["only-b"]} only in ${labels[1]}`,
  ].join(" · ");
}
