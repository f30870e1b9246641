import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { cliPath, repoRoot, tempDir } from "./inspector";

/**
 * A representative part of the official suite's client scenarios (both requirement sets take about ten minutes):
 * in both eras the basics and OAuth; what 2026-07-28 adds (the _meta envelope, multi-round-trip requestState) and
 * an authorization it must refuse (a wrong issuer); what only the 2025 era has (elicitation defaults, SSE retry).
 * The suite runs on its own Node 22 and launches mcp-inspect's client (the machine's Node) once per scenario.
 */
const BOTH = ["tools_call", "auth/metadata-default"];
const MODERN = [...BOTH, "request-metadata", "sep-2322-client-request-state", "auth/iss-wrong-issuer"];
const LEGACY = [...BOTH, "elicitation-sep1034-client-defaults", "sse-retry"];

/** The ✓/✗ per scenario in the summary block of one era. */
function summaryOf(stdout: string, era: string): Record<string, boolean> {
  const block = stdout.split(`Client scenarios at the ${era} wire`)[1]?.split(/\n\n/)[0] ?? "";
  const marks: Record<string, boolean> = {};
  for (const [, mark, scenario] of block.matchAll(/^ {2}([✓✗]) (\S+)\s+\d+ passed/gm)) marks[scenario!] = mark === "✓";
  return marks;
}

test("mcp-inspect's own client passes the suite's client scenarios in both eras, negotiating with --protocol auto", () => {
  test.setTimeout(180_000);
  const scenarios = [...new Set([...MODERN, ...LEGACY])].flatMap((s) => ["--scenario", s]);
  const results = join(tempDir(), "client-results");
  const run = spawnSync(process.execPath, [cliPath, "conformance-client", ...scenarios, "--results", results], { encoding: "utf8", timeout: 170_000, cwd: repoRoot });
  const detail = `${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`;
  // A scenario that does not apply at a revision is skipped by the suite, so each era lists only its own.
  expect(summaryOf(run.stdout, "2026-07-28"), detail).toEqual(Object.fromEntries(MODERN.map((s) => [s, true])));
  expect(summaryOf(run.stdout, "2025-11-25"), detail).toEqual(Object.fromEntries(LEGACY.map((s) => [s, true])));
  expect(run.stdout).toContain(`results (each scenario's checks, the adapter's stdout and stderr): ${results}`);
  expect(run.status, detail).toBe(0);
});

test("a pinned revision runs that era only; a revision the suite does not know is a usage error", () => {
  const results = join(tempDir(), "client-results");
  const pinned = spawnSync(process.execPath, [cliPath, "conformance-client", "--protocol", "2025-11-25", "--scenario", "initialize", "--results", results], { encoding: "utf8", timeout: 60_000, cwd: repoRoot });
  expect(pinned.stdout).toMatch(/✓ initialize\s+\d+ passed, 0 failed/);
  expect(pinned.stdout).not.toContain("2026-07-28 wire");
  expect(pinned.status).toBe(0);
  const wrong = spawnSync(process.execPath, [cliPath, "conformance-client", "--protocol", "2027-01-01"], { encoding: "utf8", timeout: 30_000, cwd: repoRoot });
  expect(wrong.status).toBe(2);
  expect(wrong.stderr).toContain('"2027-01-01" is not a protocol revision');
});
