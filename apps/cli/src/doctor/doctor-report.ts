import type { Severity } from "@mcp-inspect/core";
import { severityCounts, type DoctorFinding, type DoctorResult, type DoctorStep } from "./doctor-result";

const ORDER: Severity[] = ["error", "warning", "info"];
const MARK: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };
const HEADING: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };
/** Findings shown per rule; a server that logs on every request should not bury the rest. */
const PER_RULE = 5;

/** The text report: what was checked, then findings by severity and rule, then one summary line. */
export function formatDoctorReport(result: DoctorResult): string {
  const shown = result.command.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
  const out: string[] = [`mcp-inspect doctor: ${shown}`];
  if (result.server) {
    const s = result.server;
    const era = s.era === "modern" ? "2026 era, server/discover" : "2025 era, initialize";
    out.push(`server: ${s.title ?? s.name} ${s.version} (protocol ${s.protocolVersion}, ${era}; declares ${Object.keys(s.capabilities).join(", ") || "nothing"})`);
  }
  if (result.steps.length) {
    out.push("", "Checked:");
    for (const line of stepLines(result.steps)) out.push(`  ${line}`);
  }
  for (const severity of ORDER) {
    const findings = result.findings.filter((f) => f.severity === severity);
    if (!findings.length) continue;
    out.push("", `${HEADING[severity]} (${findings.length}):`);
    for (const [rule, group] of groupByRule(findings)) {
      out.push(`  ${MARK[severity]} ${rule}${group.length > 1 ? ` (${group.length})` : ""}`);
      for (const f of group.slice(0, PER_RULE)) {
        out.push(`      ${f.message}`);
        if (f.where) out.push(`        at ${f.where}`);
      }
      if (group.length > PER_RULE) out.push(`      … and ${group.length - PER_RULE} more like it (--json lists all)`);
      out.push(`      fix: ${group[0]!.hint}`);
    }
  }
  if (!result.initialized && result.stderrTail.length) {
    out.push("", "stderr (last lines):", ...result.stderrTail.map((l) => `  ${l}`));
  }
  out.push("", summaryLine(result));
  if (result.sessionFile) out.push(`session recorded to ${result.sessionFile}`);
  return out.join("\n") + "\n";
}

export function summaryLine(result: DoctorResult): string {
  const { errors, warnings, infos } = severityCounts(result.findings);
  const c = result.counts;
  const found = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info`;
  if (!result.initialized) return `✖ could not start and initialize the server: ${found}`;
  const what = `${plural(c.tools, "tool")}, ${plural(c.resources, "resource")}, ${plural(c.resourceTemplates, "resource template")}, ${plural(c.prompts, "prompt")}; ${result.rulesChecked.length} rules over ${c.frames} frames`;
  return `${errors ? "✖" : "✓"} ${found} — ${what}`;
}

/** Repeated steps (a read per resource) fold into one line; failures always show on their own. */
export function stepLines(steps: readonly DoctorStep[]): string[] {
  const lines: string[] = [];
  const folded = new Map<string, { ok: number; index: number }>();
  for (const step of steps) {
    const method = step.name.split(" ")[0]!;
    const repeated = steps.filter((s) => s.name.startsWith(`${method} `)).length > 3;
    if (!step.ok || !repeated) {
      lines.push(`${step.ok ? "✓" : "✗"} ${step.name}: ${step.detail}`);
      continue;
    }
    const group = folded.get(method) ?? { ok: 0, index: lines.push("") - 1 };
    group.ok++;
    folded.set(method, group);
    lines[group.index] = `✓ ${method}: ${group.ok} answered`;
  }
  return lines;
}

function groupByRule(findings: DoctorFinding[]): Map<string, DoctorFinding[]> {
  const groups = new Map<string, DoctorFinding[]>();
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
