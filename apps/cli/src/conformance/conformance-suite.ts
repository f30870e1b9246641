import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Pinned: later releases need a newer Node than mcp-inspect supports. */
export const CONFORMANCE_PACKAGE = "@modelcontextprotocol/conformance@0.1.13";

/**
 * The suite's CLI: a local install found from mcp-inspect's own location or the working directory
 * (a project that pins it), else npx with the pinned version.
 */
export function locateConformanceSuite(cwd = process.cwd()): { command: string; args: string[]; local: boolean } {
  const starts = [dirname(fileURLToPath(import.meta.url)), cwd];
  for (const start of starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const pkgDir = join(dir, "node_modules/@modelcontextprotocol/conformance");
      if (existsSync(join(pkgDir, "package.json"))) {
        const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { bin?: string | Record<string, string> };
        const bin = typeof pkg.bin === "string" ? pkg.bin : (pkg.bin?.conformance ?? "dist/index.js");
        return { command: process.execPath, args: [join(pkgDir, bin)], local: true };
      }
      if (dirname(dir) === dir) break;
    }
  }
  return { command: "npx", args: ["-y", CONFORMANCE_PACKAGE], local: false };
}

export interface SuiteRun {
  /** The suite's exit code; null when it was killed (timeout) or could not start. */
  exitCode: number | null;
  timedOut: boolean;
  spawnError?: string;
}

/** Runs the suite with the given arguments, its output on ours, killed (with its group) after timeoutMs. */
export function runSuite(suite: { command: string; args: string[] }, args: string[], timeoutMs: number): Promise<SuiteRun> {
  return new Promise((done) => {
    const child = spawn(suite.command, [...suite.args, ...args], { stdio: ["ignore", "inherit", "inherit"], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      done({ exitCode: null, timedOut, spawnError: error.message });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      done({ exitCode: code, timedOut });
    });
  });
}

export interface ScenarioResult {
  scenario: string;
  passed: boolean;
  checks: { passed: number; failed: number; warnings: number };
  /** The failed checks' messages, for the summary. */
  failures: string[];
}

/** Per-scenario results from the suite's output folder (`-o`): one `server-<scenario>-<time>/checks.json` each. */
export function readScenarioResults(outputDir: string): ScenarioResult[] {
  if (!existsSync(outputDir)) return [];
  const results: ScenarioResult[] = [];
  for (const entry of readdirSync(outputDir).sort()) {
    const match = /^server-(.+)-\d{4}-\d\d-\d\dT[\d-]+Z$/.exec(entry);
    const file = join(outputDir, entry, "checks.json");
    if (!match || !existsSync(file)) continue;
    const checks = JSON.parse(readFileSync(file, "utf8")) as { status?: string; name?: string; description?: string; errorMessage?: string }[];
    const failed = checks.filter((c) => c.status === "FAILURE");
    results.push({
      scenario: match[1]!,
      passed: failed.length === 0,
      checks: { passed: checks.filter((c) => c.status === "SUCCESS").length, failed: failed.length, warnings: checks.filter((c) => c.status === "WARNING").length },
      failures: failed.map((c) => `${c.name ?? c.description}: ${c.errorMessage ?? "failed"}`),
    });
  }
  return results;
}
