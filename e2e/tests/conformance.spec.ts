import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { startHttpServer, stopHttpServers } from "./http-servers";
import { cliPath, everythingServerPath, repoRoot, tempDir } from "./inspector";

const suiteCli = join(repoRoot, "node_modules/@modelcontextprotocol/conformance/dist/index.js");
/** Scenarios about the HTTP layer: through the bridge they test the bridge, which protects loopback. */
const BRIDGE_SCENARIOS = ["dns-rebinding-protection"];

test("through the stdio bridge, server-everything gets the same per-scenario results as over its own HTTP", async () => {
  test.setTimeout(240_000);
  const direct = await directResults();
  expect(Object.keys(direct).length).toBeGreaterThanOrEqual(25);

  // Baseline = what fails directly; through the bridge the suite must then exit 0 (no new failures).
  const baseline = join(tempDir(), "baseline.yml");
  const failing = Object.keys(direct).filter((s) => !direct[s] && !BRIDGE_SCENARIOS.includes(s));
  writeFileSync(baseline, `server:\n${failing.map((s) => `  - ${s}\n`).join("")}`);
  const run = spawnSync(process.execPath, [cliPath, "conformance", "--expected-failures", baseline, "--", process.execPath, everythingServerPath, "stdio"], {
    encoding: "utf8",
    timeout: 200_000,
    cwd: repoRoot,
  });
  const bridged: Record<string, boolean> = {};
  for (const [, mark, scenario] of run.stdout.matchAll(/^ {2}([✓✗]) (\S+)\s+\d+ passed/gm)) bridged[scenario!] = mark === "✓";

  for (const scenario of BRIDGE_SCENARIOS) expect(bridged[scenario], `${scenario} through the bridge`).toBe(true);
  const withoutBridgeScenarios = (r: Record<string, boolean>) => Object.fromEntries(Object.entries(r).filter(([s]) => !BRIDGE_SCENARIOS.includes(s)));
  expect(withoutBridgeScenarios(bridged)).toEqual(withoutBridgeScenarios(direct));
  expect(run.stdout).toMatch(/\d+ of \d+ scenarios passed/);
  expect(run.status, run.stderr.slice(-2000)).toBe(0);
});

test("one scenario, the suite's exit code, and a server that cannot start", () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, "conformance", ...args], { encoding: "utf8", timeout: 60_000, cwd: repoRoot });
  const ping = cli("--scenario", "ping", "--", process.execPath, everythingServerPath, "stdio");
  expect(ping.status).toBe(0);
  expect(ping.stdout).toMatch(/✓ ping\s+1 passed, 0 failed/);
  expect(ping.stdout).toContain("1 of 1 scenarios passed");

  const failing = cli("--scenario", "tools-call-image", "--", process.execPath, everythingServerPath, "stdio");
  expect(failing.status).toBe(1);
  expect(failing.stdout).toMatch(/✗ tools-call-image/);

  const missing = cli("--", "mcp-inspect-no-such-server");
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("could not be initialized");

  const help = cli("--help");
  expect(help.status).toBe(0);
  for (const flag of ["--expected-failures <file>", "--scenario <name>", "--cwd <dir>"]) expect(help.stdout).toContain(flag);
  expect(cli("--bogus", "node", "x.js").status).toBe(2);
});

test("the suite's results folder outlives the run: --results, else under the data dir", () => {
  const dataHome = tempDir();
  const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, "conformance", ...args], { encoding: "utf8", timeout: 60_000, cwd: repoRoot, env: { ...process.env, XDG_DATA_HOME: dataHome } });
  const chosen = join(tempDir(), "results");
  const run = cli("--results", chosen, "--scenario", "ping", "--", process.execPath, everythingServerPath, "stdio");
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain(`results (each scenario's checks): ${chosen}`);
  expect(readdirSync(chosen).length).toBeGreaterThan(0);

  const byDefault = cli("--scenario", "ping", "--", process.execPath, everythingServerPath, "stdio");
  expect(byDefault.status, byDefault.stderr).toBe(0);
  const named = /results \(each scenario's checks\): (.+)$/m.exec(byDefault.stdout)?.[1];
  expect(named).toContain(join(dataHome, "mcp-inspect", "conformance"));
  expect(readdirSync(named!).length).toBeGreaterThan(0);
});

/** Runs the suite against server-everything's own Streamable HTTP mode; scenario -> passed. */
async function directResults(): Promise<Record<string, boolean>> {
  const port = await startHttpServer([everythingServerPath, "streamableHttp"]);
  try {
    const out = tempDir();
    spawnSync(process.execPath, [suiteCli, "server", "--url", `http://127.0.0.1:${port}/mcp`, "-o", out], { encoding: "utf8", timeout: 120_000 });
    const results: Record<string, boolean> = {};
    for (const entry of readdirSync(out)) {
      const name = /^server-(.+)-\d{4}-\d\d-\d\dT[\d-]+Z$/.exec(entry)?.[1];
      const file = join(out, entry, "checks.json");
      if (name && existsSync(file)) results[name] = !JSON.parse(readFileSync(file, "utf8")).some((c: { status: string }) => c.status === "FAILURE");
    }
    return results;
  } finally {
    stopHttpServers();
  }
}
