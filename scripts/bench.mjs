// Benchmarks for the foundation (issue 2): start time to the ready line and to the page served,
// time to the tool list rendered in Chromium, and the installed size of the packed CLI.
// Figures go to .bench/results.json and a summary to stdout. No test asserts on these.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "apps/cli/dist/cli.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function startCli() {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "mcp-inspect-bench-"));
  const child = spawn(process.execPath, [cli, "--no-open", "--port", "0", "--record", join(dir, "s.jsonl")], { stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.on("exit", (code) => reject(new Error(`exited ${code}`)));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:(\d+)\/)#token=\S+/.exec(out);
      if (m) resolve({ child, t0, readyMs: performance.now() - t0, base: m[1], url: m[0] });
    });
  });
}

async function stop(child) {
  child.removeAllListeners("exit");
  const done = new Promise((r) => child.once("exit", r));
  child.kill("SIGINT");
  await done;
}

/** The web app's JS as built: the main chunk (loaded with the page) and all chunks, in KB before compression. */
function webAssets() {
  const dir = join(root, "apps/web/dist/assets");
  const files = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const size = (f) => statSync(join(dir, f)).size;
  const main = files.filter((f) => f.startsWith("index-")).map(size).sort((a, b) => b - a)[0] ?? 0;
  return { mainChunkKB: Math.round(main / 1024), allJsKB: Math.round(files.map(size).reduce((a, b) => a + b, 0) / 1024), chunks: files.length };
}

const stats = (xs) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { runs: s.length, min: +s[0].toFixed(1), p50: +q(0.5).toFixed(1), p90: +q(0.9).toFixed(1), max: +s.at(-1).toFixed(1) };
};

const ready = [];
const served = [];
for (let i = 0; i < RUNS; i++) {
  const run = await startCli();
  ready.push(run.readyMs);
  const res = await fetch(run.base);
  await res.text();
  served.push(performance.now() - run.t0);
  await stop(run.child);
}

// `mcp-inspect call`: one tools/call against the demo server, process start to exit.
const demo = join(root, "packages/demo-server/dist/server.js");
const callMs = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, "call", "tools/call", "--name", "echo", "--args-json", '{"message":"hi"}', "--", process.execPath, demo], { stdio: "ignore" });
  callMs.push(performance.now() - t0);
}
// The same call against the dual-era demo server: auto negotiates 2026-07-28 with server/discover (no initialize).
const demoV2 = join(root, "packages/demo-server/dist/server-v2.js");
const callModernMs = [];
for (let i = 0; i < (existsSync(demoV2) ? RUNS : 0); i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, "call", "tools/call", "--name", "echo", "--args-json", '{"message":"hi"}', "--", process.execPath, demoV2], { stdio: "ignore" });
  callModernMs.push(performance.now() - t0);
}
// The same call made by a bare SDK client: node's and the server's own start, what `call` adds to.
const floorMs = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, "scripts/bench-call-floor.mjs"), demo], { stdio: "ignore" });
  floorMs.push(performance.now() - t0);
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const toolsRendered = [];
for (let i = 0; i < Math.min(RUNS, 8); i++) {
  const page = await browser.newPage();
  const run = await startCli();
  await page.goto(run.url);
  await page.getByRole("button", { name: /^echo\b/ }).first().waitFor();
  toolsRendered.push(performance.now() - run.t0);
  await page.close();
  await stop(run.child);
}
await browser.close();

// Installed size: the tarball alone, installed into an empty project from the registry.
const packDir = mkdtempSync(join(tmpdir(), "mcp-inspect-pack-"));
execFileSync("npm", ["pack", "--pack-destination", packDir], { cwd: join(root, "apps/cli"), stdio: "ignore" });
const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz")));
const project = mkdtempSync(join(tmpdir(), "mcp-inspect-install-"));
writeFileSync(join(project, "package.json"), '{"name":"bench","private":true}');
execFileSync("npm", ["install", "--no-audit", "--no-fund", tarball], { cwd: project, stdio: "ignore" });
const bytes = Number(execFileSync("du", ["-sb", join(project, "node_modules")], { encoding: "utf8" }).split("\t")[0]);
const packageCount = execFileSync("npm", ["ls", "--all", "--parseable"], { cwd: project, encoding: "utf8" }).trim().split("\n").length - 1;
const tarballBytes = Number(execFileSync("du", ["-sb", tarball], { encoding: "utf8" }).split("\t")[0]);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  startToReadyLineMs: stats(ready),
  startToPageServedMs: stats(served),
  startToToolListRenderedMs: stats(toolsRendered),
  callToolOnceMs: stats(callMs),
  callToolModernMs: stats(callModernMs),
  webAssets: webAssets(),
  callToolFloorMs: stats(floorMs),
  packedCli: { tarballKB: Math.round(tarballBytes / 1024), installedMB: +(bytes / 1e6).toFixed(1), packages: packageCount },
};
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench/results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
console.log(
  `\nready line p50 ${results.startToReadyLineMs.p50} ms (target < 400), page served p50 ${results.startToPageServedMs.p50} ms, ` +
    `tool list rendered p50 ${results.startToToolListRenderedMs.p50} ms; mcp-inspect call p50 ${results.callToolOnceMs.p50} ms (target < 600; a bare SDK client ${results.callToolFloorMs.p50} ms; ` +
    `2026-07-28 against the dual-era server ${results.callToolModernMs?.p50} ms); web main chunk ${results.webAssets.mainChunkKB} KB; installed ${results.packedCli.installedMB} MB in ${packageCount} packages (target < 40 MB)`,
);
// BENCH_ONLY=startup stops here (start, call, size), e.g. to compare two commits quickly.
if (process.env.BENCH_ONLY === "startup") process.exit(0);
await import("./bench-log.mjs"); // the message log at scale: .bench/log.json
await import("./bench-relay.mjs"); // relay overhead vs direct stdio, small-frame flood: .bench/relay.json
await import("./bench-payloads.mjs"); // 10 MB and 50 MB tool results in Chromium: .bench/payloads.json
await import("./bench-proxy.mjs"); // latency mcp-inspect proxy adds per request vs direct stdio: .bench/proxy.json
await import("./bench-web.mjs"); // the first screen: launch and page open -> tool list (server-everything), JS loaded first: .bench/web.json
