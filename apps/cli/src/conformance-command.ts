import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startHttpBridge, type HttpBridge } from "@mcp-inspect/server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { locateConformanceSuite, readScenarioResults, runSuite, type ScenarioResult } from "./conformance-suite";
import { envFromFlags, resolveCwd } from "./inspect-options";
import { UsageError } from "./usage-error";
import { VERSION } from "./version";
import { sdkClientOptions } from "./sdk-client-options";

export interface ConformanceFlags {
  expectedFailures?: string;
  scenario?: string;
  env: string[];
  cwd?: string;
  timeout: number;
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
  const stderrTail: string[] = [];
  const bridge = await startHttpBridge({
    target: { command, args, cwd: resolveCwd(flags.cwd), env: { ...process.env, ...envFromFlags(flags.env) } },
    onFrame: (_, frame) => {
      if (frame.kind === "stderr" && stderrTail.push(frame.text) > 20) stderrTail.shift();
      // The bridge drops non-JSON stdout lines; say so, since a real stdio client would choke on them.
      if (frame.kind === "stdout-noise") process.stderr.write(`! the server wrote non-JSON on stdout (dropped by the bridge): ${frame.text.slice(0, 200)}\n`);
    },
  });
  const outputDir = mkdtempSync(join(tmpdir(), "mcp-inspect-conformance-"));
  try {
    const problem = await preflight(bridge, Math.min(flags.timeout, 30_000));
    if (problem) {
      process.stderr.write(`mcp-inspect conformance: the server could not be initialized: ${problem}\n`);
      if (stderrTail.length) process.stderr.write(`stderr (last lines):\n${stderrTail.map((l) => `  ${l}`).join("\n")}\n`);
      return 2;
    }
    const suite = locateConformanceSuite();
    process.stderr.write(`- ${command} is served at ${bridge.url}; running ${suite.local ? "the local" : "npx"} conformance suite\n`);
    const suiteArgs = ["server", "--url", bridge.url, "-o", outputDir];
    if (flags.scenario) suiteArgs.push("--scenario", flags.scenario);
    if (flags.expectedFailures) suiteArgs.push("--expected-failures", resolve(flags.expectedFailures));
    const run = await runSuite(suite, suiteArgs, flags.timeout);
    if (run.spawnError) {
      process.stderr.write(`mcp-inspect conformance: could not run the suite (${suite.command} ${suite.args.join(" ")}): ${run.spawnError}\n`);
      return 2;
    }
    const results = readScenarioResults(outputDir);
    process.stdout.write(formatScenarioResults(results));
    if (run.timedOut) {
      process.stderr.write(`mcp-inspect conformance: the suite did not finish within ${flags.timeout / 1000} s and was stopped (raise --timeout)\n`);
      return 2;
    }
    return run.exitCode ?? 2;
  } finally {
    await bridge.close();
    rmSync(outputDir, { recursive: true, force: true });
  }
}

/** One initialize through the bridge: a server that cannot start should say so once, not in 30 scenario failures. */
async function preflight(bridge: HttpBridge, timeoutMs: number): Promise<string | undefined> {
  const client = new Client({ name: "mcp-inspect-conformance", version: VERSION }, sdkClientOptions());
  const transport = new StreamableHTTPClientTransport(new URL(bridge.url));
  try {
    await client.connect(transport, { timeout: timeoutMs });
    await transport.terminateSession().catch(() => {});
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.close().catch(() => {});
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
