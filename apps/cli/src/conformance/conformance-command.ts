import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import envPaths from "env-paths";
import { startHttpBridge, type HttpBridge } from "@mcp-inspect/server";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { eraOf, type ProtocolMode } from "@mcp-inspect/core";
import { CONFORMANCE_PACKAGE, locateConformanceSuite, readScenarioResults, runSuite, type ScenarioResult } from "./conformance-suite";
import { envFromFlags, resolveCwd } from "../target/inspect-options";
import { UsageError } from "../common/usage-error";
import { VERSION } from "../common/version";
import { targetEnv } from "../target/target-env";
import { printErr, printOut } from "../common/terminal-text";
import { connectClient, describeRefusedPin, isRefusedPin, type ConnectTarget } from "../target/connect-client";

export interface ConformanceFlags {
  expectedFailures?: string;
  scenario?: string;
  env: string[];
  cwd?: string;
  timeout: number;
  /** Where the suite writes its per-scenario results; default a new folder under the data dir. */
  results?: string;
  /** `--protocol`: what the preflight opens with; the suite itself cannot be told (it opens with initialize). */
  protocol?: ProtocolMode;
}

/** A fresh results folder per run under the per-user data dir, beside the recorded sessions. */
export function defaultResultsDir(startedAt: Date): string {
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  return join(envPaths("mcp-inspect", { suffix: "" }).data, "conformance", stamp);
}

/** Scenarios that test the HTTP layer, which here is the bridge's, not the stdio server's. */
const BRIDGE_SCENARIOS = new Set(["dns-rebinding-protection"]);

/**
 * `mcp-inspect conformance [flags] [--] <command> [args...]`: runs the official conformance suite's
 * server scenarios against a stdio server, served on loopback Streamable HTTP by the bridge (the
 * suite tests servers only by URL). Exit code: the suite's (0 pass or only expected failures,
 * 1 failures), 2 when the server or the suite could not be started.
 */
export async function runConformance(commandLine: string[], flags: ConformanceFlags): Promise<number> {
  const [command, ...args] = commandLine;
  if (!command) throw new UsageError("conformance needs the server to run: mcp-inspect conformance -- node server.js");
  if (flags.expectedFailures && !existsSync(flags.expectedFailures)) throw new UsageError(`--expected-failures: no such file ${flags.expectedFailures}`);
  const protocol = flags.protocol ?? "auto";
  // The pinned suite's server scenarios open with initialize and take no revision; the bridge serves them statefully.
  if (protocol !== "auto" && eraOf(protocol) === "modern") throw new UsageError(`--protocol ${protocol}: the conformance suite (${CONFORMANCE_PACKAGE}) tests servers in the 2025 era only (its scenarios open with initialize); use auto or a 2025-era revision`);
  const stderrTail: string[] = [];
  const bridge = await startHttpBridge({
    target: { command, args, cwd: resolveCwd(flags.cwd), env: targetEnv(envFromFlags(flags.env)) },
    onFrame: (_, frame) => {
      if (frame.kind === "stderr" && stderrTail.push(frame.text) > 20) stderrTail.shift();
      // The bridge drops non-JSON stdout lines; say so, since a real stdio client would choke on them.
      if (frame.kind === "stdout-noise") printErr(`! the server wrote non-JSON on stdout (dropped by the bridge): ${frame.text.slice(0, 200)}\n`);
    },
  });
  // Kept after exit: the suite's report names this folder, and its checks.json say what failed and why.
  const outputDir = resolve(flags.results ?? defaultResultsDir(new Date()));
  mkdirSync(outputDir, { recursive: true });
  try {
    const problem = await preflight(bridge, Math.min(flags.timeout, 30_000), protocol);
    if (problem) {
      printErr(`mcp-inspect conformance: the server could not be initialized: ${problem}\n`);
      if (stderrTail.length) printErr(`stderr (last lines):\n${stderrTail.map((l) => `  ${l}`).join("\n")}\n`);
      return 2;
    }
    const suite = locateConformanceSuite();
    printErr(`- ${command} is served at ${bridge.url}; running ${suite.local ? "the local" : "npx"} conformance suite\n`);
    const suiteArgs = ["server", "--url", bridge.url, "-o", outputDir];
    if (flags.scenario) suiteArgs.push("--scenario", flags.scenario);
    if (flags.expectedFailures) suiteArgs.push("--expected-failures", resolve(flags.expectedFailures));
    const run = await runSuite(suite, suiteArgs, flags.timeout);
    if (run.spawnError) {
      printErr(`mcp-inspect conformance: could not run the suite (${suite.command} ${suite.args.join(" ")}): ${run.spawnError}\n`);
      return 2;
    }
    const results = readScenarioResults(outputDir);
    printOut(formatScenarioResults(results));
    printOut(`results (each scenario's checks): ${outputDir}
`);
    if (run.timedOut) {
      printErr(`mcp-inspect conformance: the suite did not finish within ${flags.timeout / 1000} s and was stopped (raise --timeout)\n`);
      return 2;
    }
    return run.exitCode ?? 2;
  } finally {
    await bridge.close();
  }
}

/**
 * One connection through the bridge, opened as --protocol says: a server that cannot start (or does not speak the
 * pinned revision) should say so once, not in 30 scenario failures.
 */
async function preflight(bridge: HttpBridge, timeoutMs: number, protocol: ProtocolMode): Promise<string | undefined> {
  const target: ConnectTarget = {
    info: { name: "mcp-inspect-conformance", version: VERSION },
    options: {},
    protocol,
    timeoutMs,
    transport: () => new StreamableHTTPClientTransport(new URL(bridge.url)),
  };
  try {
    const { client, transport } = await connectClient(target);
    // End the bridge's session (and its server process) now rather than when the suite is done.
    if (transport instanceof StreamableHTTPClientTransport) await transport.terminateSession().catch(() => {});
    await client.close().catch(() => {});
    return undefined;
  } catch (error) {
    return isRefusedPin(error, protocol) ? describeRefusedPin(target) : (error as Error).message;
  }
}

export function formatScenarioResults(results: ScenarioResult[]): string {
  if (!results.length) return "\nmcp-inspect conformance: the suite reported no scenario results\n";
  const width = Math.max(...results.map((r) => r.scenario.length));
  const lines = ["", "Conformance scenarios (through the stdio bridge):"];
  for (const r of results) {
    const note = BRIDGE_SCENARIOS.has(r.scenario) ? "  (tests the bridge's HTTP layer, not your server)" : "";
    lines.push(`  ${r.passed ? "✓" : "✗"} ${r.scenario.padEnd(width)}  ${r.checks.passed} passed, ${r.checks.failed} failed${note}`);
    for (const failure of r.failures.slice(0, 3)) lines.push(`      ${failure.slice(0, 300)}`);
  }
  const passed = results.filter((r) => r.passed).length;
  lines.push(`${passed} of ${results.length} scenarios passed`, "");
  return lines.join("\n");
}
