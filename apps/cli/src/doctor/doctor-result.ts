import type { ProtocolEra } from "@mcp-inspect/core";
import type { Finding } from "@mcp-inspect/core/checks";

/** One thing the doctor did, as the report's "checked" list shows it. */
export interface DoctorStep {
  /** The method, e.g. "tools/list", "resources/read demo://readme". */
  name: string;
  ok: boolean;
  detail: string;
}

/** A finding, with where it is said in words (method, tool name, frame seq). */
export interface DoctorFinding extends Finding {
  where?: string;
}

/** Everything `doctor` found: the text report, --json and --junit are views of it. */
export interface DoctorResult {
  command: string[];
  /** False when the server could not be started or initialized (exit 2). */
  initialized: boolean;
  /** `protocolVersion` as negotiated; `era` "modern" (2026-07-28, server/discover) or "legacy" (initialize). */
  server?: { name: string; version: string; title?: string; protocolVersion: string; era: ProtocolEra; capabilities: Record<string, unknown> };
  counts: { tools: number; resources: number; resourceTemplates: number; prompts: number; frames: number };
  steps: DoctorStep[];
  findings: DoctorFinding[];
  /** Every rule id that was applied: the JUnit test cases. */
  rulesChecked: string[];
  /** The server's last stderr lines, shown when the start failed. */
  stderrTail: string[];
  sessionFile?: string;
}

export function severityCounts(findings: readonly Finding[]) {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}

/** 0 no errors, 1 errors, 2 could not run. */
export function doctorExitCode(result: DoctorResult): number {
  if (!result.initialized) return 2;
  return severityCounts(result.findings).errors > 0 ? 1 : 0;
}
