import type { ValueDiff } from "../fixture/index";
import type { CallPair } from "./call-pairs";
import type { KindDiff } from "./diff-surface";
import { protocolDiffText, type ProtocolDiff } from "./protocol-diff";
import { summarise, summaryText, type DiffSummary } from "./summary";

/** Whether two sessions differ at all: another protocol, any surface change, any call answered differently or made by one only. */
export function sessionsDiffer(summary: DiffSummary): boolean {
  return summary.protocol !== undefined || summary.surfaceChanges > 0 || summary.calls.differs > 0 || summary.calls["only-a"] > 0 || summary.calls["only-b"] > 0;
}

const KIND_NAMES: Record<string, string> = { server: "initialize", tools: "tools", resources: "resources", resourceTemplates: "resource templates", prompts: "prompts" };

/**
 * The session compare as plain text, for a terminal: a difference in protocol first (it explains most of what
 * follows), the summary line, then what changed, then the calls that differ.
 */
export function formatSessionDiff(kinds: readonly KindDiff[], pairs: readonly CallPair[], labels: readonly [string, string], protocol?: ProtocolDiff): string {
  const [a, b] = labels;
  const lines = [...(protocol ? [protocolDiffText(protocol, labels)] : []), summaryText(summarise(kinds, pairs), labels)];
  const surface = kinds.filter((k) => k.changes.length || k.inA !== k.inB);
  if (surface.length) lines.push("", "Surface:");
  for (const kind of surface) {
    const name = KIND_NAMES[kind.kind] ?? kind.kind;
    if (kind.inA !== kind.inB) {
      lines.push(`  ${name}: listed only in ${kind.inA ? a : b} (not compared)`);
      continue;
    }
    for (const change of kind.changes) {
      const mark = change.change === "added" ? `+ added in ${b}` : change.change === "removed" ? `- only in ${a}` : "~ changed";
      lines.push(`  ${name} ${change.name}: ${mark}`);
      lines.push(...paths(change.paths, labels));
    }
  }
  const calls = pairs.filter((p) => p.status !== "same");
  if (calls.length) lines.push("", "Calls:");
  for (const pair of calls) {
    if (pair.status === "differs") {
      lines.push(`  ~ ${pair.label}: answered differently`, ...paths(pair.diffs, labels));
    } else {
      lines.push(`  ${pair.status === "only-a" ? `- only in ${a}` : `+ only in ${b}`}: ${pair.label}`);
    }
  }
  return lines.join("\n") + "\n";
}

function paths(diffs: readonly ValueDiff[], [a, b]: readonly [string, string]): string[] {
  const width = Math.max(a.length, b.length);
  return diffs.flatMap((d) => [`      at ${d.path || "/"}`, `        ${a.padEnd(width)}: ${show(d.expected)}`, `        ${b.padEnd(width)}: ${show(d.actual)}`]);
}

function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
