import { mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import envPaths from "env-paths";
import { eraOf, LATEST_LEGACY_REVISION, MODERN_REVISION, type ProtocolMode } from "@mcp-inspect/core";
import { printErr, printOut } from "../common/terminal-text";
import { runSuite } from "./conformance-suite";
import { runClientAdapter } from "./client-adapter";
import { listClientScenarios, locateClientSuite, readClientResults, type ClientScenarioResult } from "./client-suite";

export interface ClientConformanceFlags {
  protocol: ProtocolMode;
  /** Scenarios to run (default: every client scenario the era's requirement set runs). */
  scenario: string[];
  /** Baseline files; one whose name holds a revision applies to that era's run only. */
  expectedFailures: string[];
  results?: string;
  /** For the suite's run of one scenario. */
  timeout: number;
}

/** The revisions the suite has requirement sets for: the eras `auto` is run in, newest first. */
export const SUITE_ERAS = [MODERN_REVISION, LATEST_LEGACY_REVISION] as const;

/**
 * `mcp-inspect conformance-client [url]`. Without a URL: runs the official suite's client scenarios against
 * mcp-inspect's own client, once per era (`--protocol auto`: the client scenarios of the 2026-07-28 and the
 * 2025-11-25 requirement sets, each at its wire; a revision: that one), prints the suite's report and a summary per
 * era, and exits with the suite's code (0 passed or only expected failures, 1 otherwise, 2 the suite could not run). With a URL it is the client the suite
 * launches: one scenario (the suite's MCP_CONFORMANCE_SCENARIO) against that URL.
 */
export async function runClientConformance(url: string | undefined, flags: ClientConformanceFlags): Promise<number> {
  if (url) return runClientAdapter(url, { protocol: flags.protocol, ...scenarioEnv() });
  const suite = locateClientSuite();
  if (typeof suite === "string") {
    printErr(`mcp-inspect conformance-client: ${suite}\n`);
    return 2;
  }
  const spaced = [process.execPath, cliPath()].find((path) => /\s/.test(path));
  if (spaced) {
    printErr(`mcp-inspect conformance-client: the suite splits the client's command line at spaces, and ${spaced} has one: use a Node and an mcp-inspect installed in folders without spaces\n`);
    return 2;
  }
  const outputDir = resolve(flags.results ?? join(envPaths("mcp-inspect", { suffix: "" }).data, "conformance", `client-${new Date().toISOString().replace(/[:.]/g, "-")}`));
  const eras = flags.protocol === "auto" ? [...SUITE_ERAS] : [flags.protocol];
  let exitCode = 0;
  const summary: string[] = [];
  for (const era of eras) {
    const eraDir = join(outputDir, era);
    mkdirSync(eraDir, { recursive: true });
    // The suite has requirement sets for the newest revision of each era; an older pin runs its era's set at its wire.
    const scenarios = flags.scenario.length ? flags.scenario.map((name) => ({ name, unscored: false })) : listClientScenarios(suite, eraOf(era) === "modern" ? MODERN_REVISION : LATEST_LEGACY_REVISION);
    if (typeof scenarios === "string") {
      printErr(`mcp-inspect conformance-client: ${scenarios}\n`);
      return 2;
    }
    // One after the other, not the suite's parallel run: dozens of clients and servers at once on a small machine
    // make connections time out and reset, failures of the machine rather than of the client.
    for (const scenario of scenarios) {
      const run = await runSuite({ command: suite.node, args: [suite.script] }, suiteArgs(era, eraDir, flags, scenario.name, scenario.unscored), flags.timeout);
      if (run.spawnError || run.timedOut) {
        printErr(`mcp-inspect conformance-client: the suite ${run.timedOut ? `did not finish within ${flags.timeout / 1000} s (raise --timeout)` : `could not run: ${run.spawnError}`}\n`);
        return 2;
      }
      exitCode = Math.max(exitCode, run.exitCode ?? 2);
    }
    summary.push(formatClientResults(era, flags.protocol, readClientResults(eraDir)));
  }
  printOut(`${summary.join("\n")}results (each scenario's checks, the adapter's stdout and stderr): ${outputDir}\n`);
  return exitCode;
}

/** The suite's arguments for one scenario at one era's wire. */
export function suiteArgs(era: string, outputDir: string, flags: ClientConformanceFlags, scenario: string, unscored = false): string[] {
  const args = ["client", "--command", adapterCommand(flags.protocol), "-o", outputDir, "--scenario", scenario, "--spec-version", era];
  // An extension is on no revision's timeline, so at a given revision the suite skips it unless forced; the
  // requirement set names it to be run (and reported, never scored), so it is.
  if (unscored) args.push("--force");
  const baseline = baselineFor(era, flags.expectedFailures);
  if (baseline) args.push("--expected-failures", resolve(baseline));
  return args;
}

/** A baseline named for a revision (client-baseline-2026-07-28.yml) is that era's; an unnamed one serves any. */
export function baselineFor(era: string, files: string[]): string | undefined {
  return files.find((f) => basename(f).includes(era)) ?? files.find((f) => !/\d{4}-\d\d-\d\d/.test(basename(f)));
}

/**
 * How the suite starts the client under test: this CLI on the machine's Node (the suite itself runs on Node 22).
 * The suite splits the command at spaces and appends the URL.
 */
function adapterCommand(protocol: ProtocolMode): string {
  return [process.execPath, cliPath(), "conformance-client", "--protocol", protocol].join(" ");
}

/** This CLI's entry (dist/cli.js, or the bin link npx ran). */
function cliPath(): string {
  return process.argv[1] ?? fileURLToPath(import.meta.url);
}

function scenarioEnv(): { scenario?: string; context?: string } {
  const scenario = process.env["MCP_CONFORMANCE_SCENARIO"];
  const context = process.env["MCP_CONFORMANCE_CONTEXT"];
  return { ...(scenario ? { scenario } : {}), ...(context ? { context } : {}) };
}

export function formatClientResults(era: string, protocol: ProtocolMode, results: ClientScenarioResult[]): string {
  const lines = ["", `Client scenarios at the ${era} wire (mcp-inspect's client with --protocol ${protocol}):`];
  if (!results.length) return `${lines.join("\n")}\n  no scenario ran (the suite skips a scenario that does not apply at this revision)\n`;
  const width = Math.max(...results.map((r) => r.scenario.length));
  for (const r of results) {
    const warnings = r.checks.warnings ? `, ${r.checks.warnings} warnings` : "";
    lines.push(`  ${r.passed ? "✓" : "✗"} ${r.scenario.padEnd(width)}  ${r.checks.passed} passed, ${r.checks.failed} failed${warnings}`);
    for (const failure of r.failures.slice(0, 3)) lines.push(`      ${failure.slice(0, 300)}`);
  }
  lines.push(`${results.filter((r) => r.passed).length} of ${results.length} client scenarios passed at ${era}`, "");
  return lines.join("\n");
}
