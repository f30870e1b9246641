// The web app's first screen (issue 19): how soon the tool list of server-everything is on screen, from the
// launch of mcp-inspect and from the page being opened, in a cold browser (fresh context, empty cache) and on a
// reload (hashed assets come from the cache: Cache-Control immutable); and how much JavaScript the page had
// loaded by then (as sent, brotli, and as parsed). Also the built sizes: the first chunk and its static imports.
// Figures go to .bench/web.json and a summary to stdout. No test asserts on these.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const root = new URL("..", import.meta.url).pathname;
const cli = process.env.MCP_INSPECT_CLI ?? join(root, "apps/cli/dist/cli.js");
const everything = join(root, "node_modules/@modelcontextprotocol/server-everything/dist/index.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function startCli() {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "mcp-inspect-bench-web-"));
  const args = [cli, "--no-open", "--port", "0", "--record", join(dir, "s.jsonl"), "--", process.execPath, everything, "stdio"];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.on("exit", (code) => reject(new Error(`mcp-inspect exited ${code}`)));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(out);
      if (m) resolve({ child, t0, url: m[0] });
    });
  });
}

async function stop(child) {
  child.removeAllListeners("exit");
  const done = new Promise((r) => child.once("exit", r));
  child.kill("SIGINT");
  await done;
}

const stats = (xs) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { runs: s.length, min: +s[0].toFixed(1), p50: +q(0.5).toFixed(1), p90: +q(0.9).toFixed(1), max: +s.at(-1).toFixed(1) };
};
const kb = (bytes) => Math.round(bytes / 1024);

/** The page's scripts so far: how many, bytes on the wire (0 from the cache) and decoded. */
const scriptsLoaded = (page) =>
  page.evaluate(() => {
    const js = performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".js"));
    return { count: js.length, transfer: js.reduce((a, e) => a + e.transferSize, 0), decoded: js.reduce((a, e) => a + e.decodedBodySize, 0) };
  });

/** The built first chunk (what index.html names), its static imports, and their compressed sizes. */
function builtSizes() {
  const dist = join(root, "apps/web/dist");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const entry = /<script type="module"[^>]*src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const size = (f) => (existsSync(join(dist, f)) ? statSync(join(dist, f)).size : 0);
  const closure = [entry, ...preloads];
  return {
    mainChunkKB: kb(size(entry)),
    mainChunkBrKB: kb(size(`${entry}.br`)),
    mainChunkGzKB: kb(size(`${entry}.gz`)),
    withStaticImportsKB: kb(closure.reduce((a, f) => a + size(f), 0)),
    withStaticImportsBrKB: kb(closure.reduce((a, f) => a + size(`${f}.br`), 0)),
    staticImports: preloads.length,
  };
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const launchToToolList = [];
const pageToToolList = [];
const reloadToToolList = [];
let cold;
let warm;
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const run = await startCli();
  const opened = performance.now();
  await page.goto(run.url);
  await page.getByRole("button", { name: /^echo\b/ }).first().waitFor({ timeout: 60_000 });
  const shown = performance.now();
  launchToToolList.push(shown - run.t0);
  pageToToolList.push(shown - opened);
  cold = await scriptsLoaded(page);
  // The same page again: index.html is revalidated, the hashed chunks come from the cache without a request.
  const reopened = performance.now();
  await page.reload();
  await page.getByRole("button", { name: /^echo\b/ }).first().waitFor({ timeout: 60_000 });
  reloadToToolList.push(performance.now() - reopened);
  warm = await scriptsLoaded(page);
  await context.close();
  await stop(run.child);
}
await browser.close();

const results = {
  date: new Date().toISOString(),
  server: "server-everything (stdio)",
  launchToToolListRenderedMs: stats(launchToToolList),
  pageOpenToToolListRenderedMs: stats(pageToToolList),
  reloadToToolListRenderedMs: stats(reloadToToolList),
  firstScreenJs: { chunks: cold.count, transferredKB: kb(cold.transfer), decodedKB: kb(cold.decoded), onReloadTransferredKB: kb(warm.transfer) },
  built: builtSizes(),
};
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench/web.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
console.log(
  `\nweb first screen (server-everything): launch -> tool list p50 ${results.launchToToolListRenderedMs.p50} ms (target <= 1000), ` +
    `page open -> tool list p50 ${results.pageOpenToToolListRenderedMs.p50} ms, reload p50 ${results.reloadToToolListRenderedMs.p50} ms; ` +
    `JS before the tool list: ${results.firstScreenJs.chunks} chunks, ${results.firstScreenJs.decodedKB} KB (${results.firstScreenJs.transferredKB} KB sent, ` +
    `${results.firstScreenJs.onReloadTransferredKB} KB on reload); first chunk ${results.built.mainChunkKB} KB (br ${results.built.mainChunkBrKB}, gzip ${results.built.mainChunkGzKB}), ` +
    `with its static imports ${results.built.withStaticImportsKB} KB (br ${results.built.withStaticImportsBrKB})`,
);
