// Message-log benchmark: 100,000 notifications from the flood server through the relay to the UI.
// Reports frames/s recorded (session file) and delivered (UI rows), lost frames, the CLI's RSS, and
// the page's longest task (PerformanceObserver "longtask") while ingesting, scrolling and filtering.
// Figures go to .bench/log.json and a summary to stdout. No test asserts on these.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { startPageProfile, startPageTrace } from "./bench-cpu-profile.mjs";

const root = new URL("..", import.meta.url).pathname;
const cli = process.env.MCP_INSPECT_CLI ?? join(root, "apps/cli/dist/cli.js");
const N = Number(process.env.BENCH_LOG_FRAMES ?? 100_000);
const record = join(mkdtempSync(join(tmpdir(), "mcp-inspect-bench-log-")), "session.jsonl");

const child = spawn(process.execPath, [cli, "--no-open", "--port", "0", "--record", record, process.execPath, join(root, "e2e/fixtures/flood-server.mjs")], {
  stdio: ["ignore", "pipe", "ignore"],
});
// A failed run (an error thrown below) must not leave the inspector and its server running.
process.on("exit", () => child.kill("SIGINT"));
const url = await new Promise((resolve, reject) => {
  let out = "";
  child.once("exit", (code) => reject(new Error(`mcp-inspect exited ${code}`)));
  child.stdout.on("data", (chunk) => {
    out += chunk;
    const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
    if (m) resolve(m[0]);
  });
});

const rssMB = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};
const rssBefore = rssMB();
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMB())), 100);
const floodLines = () => (existsSync(record) ? readFileSync(record, "utf8").split("\n").filter((l) => l.includes('"flood line ')).length : 0);

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: "longtask", buffered: true });
});
const longest = async () => page.evaluate(() => { const xs = window.__longTasks.splice(0); return { count: xs.length, maxMs: Math.round(Math.max(0, ...xs)) }; });
const count = () => page.evaluate(() => document.querySelector('[data-testid="log-count"]')?.textContent ?? "");
const shownRows = async () => Number(/^[\d,]+/.exec(await count())?.[0].replace(/,/g, "") ?? 0);
const waitFor = async (test, timeoutMs) => {
  const t0 = performance.now();
  while (!(await test())) {
    if (performance.now() - t0 > timeoutMs) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
  return performance.now() - t0;
};

await page.goto(url);
await page.getByTestId("connection-state").filter({ hasText: "ready" }).waitFor();
await page.getByRole("button", { name: /^flood\b/ }).first().click();
await page.getByTestId("args-mode").getByText("JSON").click();
await page.getByLabel("Arguments (JSON)").fill(JSON.stringify({ count: N, burst: 1000 }));
await longest();
// BENCH_CPU_PROFILE=<dir>: a CPU profile (or with BENCH_TRACE=1 a trace, long tasks broken down) per phase.
const profile = (name) => (process.env.BENCH_TRACE ? startPageTrace(page, name) : startPageProfile(page, name));
let stopProfile = await profile("log-ingest");
const base = await shownRows();
const t0 = performance.now();
await page.getByRole("button", { name: "Call tool" }).click();
const recordedMs = await waitFor(async () => floodLines() >= N, 300_000);
const deliveredMs = await waitFor(async () => (await shownRows()) >= base + N, 300_000);
const ingest = await longest();
await stopProfile();
stopProfile = await profile("log-filter");
const recorded = floodLines();

// Exact UI count of flood rows, by searching for them.
// The count reads "N of M rows" with or without a search (default filters hide some rows), so a
// search has applied only once that text changed.
const filterMs = async (query, expect) => {
  const before = await count();
  const t = performance.now();
  await page.getByLabel("Search messages").fill(query);
  await waitFor(async () => {
    const text = await count();
    return text !== before && expect(await shownRows(), text);
  }, 60_000);
  return Math.round(performance.now() - t);
};
const deliveredExact = { n: 0 };
const searchAllMs = await filterMs('$.params.logger == "flood"', (n, text) => text.includes(" of ") && ((deliveredExact.n = n), true));
const filtering = [searchAllMs, await filterMs('"flood line 5432"', (n, text) => n === 11 && text.includes("of")), await filterMs("$.params.data == \"flood line 99999\"", (n) => n === 1), await filterMs("", (n) => n > N)];
const filter = await longest();
await stopProfile();
stopProfile = await profile("log-scroll");

// Scroll through the list: 40 jumps to random offsets, a frame apart, then wheel scrolling.
await page.getByTestId("message-log").evaluate(async (el) => {
  for (let i = 0; i < 40; i++) {
    el.scrollTop = Math.random() * el.scrollHeight;
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
});
await page.getByTestId("message-log").hover();
for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -2000);
await page.waitForTimeout(300);
const scroll = await longest();
await stopProfile();
const rssAfter = rssMB();
clearInterval(sampler);
await browser.close();
child.kill("SIGINT");

const results = {
  date: new Date().toISOString(),
  frames: N,
  recorded: { frames: recorded, seconds: +(recordedMs / 1000).toFixed(2), framesPerSecond: Math.round(recorded / (recordedMs / 1000)) },
  delivered: { frames: deliveredExact.n, seconds: +(deliveredMs / 1000).toFixed(2), framesPerSecond: Math.round(N / (deliveredMs / 1000)), lost: N - deliveredExact.n, lostInFile: N - recorded },
  cliRssMB: { before: rssBefore, peak: rssPeak, after: rssAfter },
  longestTaskMs: { ingesting: ingest.maxMs, filtering: filter.maxMs, scrolling: scroll.maxMs },
  longTasks: { ingesting: ingest.count, filtering: filter.count, scrolling: scroll.count },
  filterMs: { allFloodRows: filtering[0], text: filtering[1], jsonPath: filtering[2], clear: filtering[3] },
  totalSeconds: +((performance.now() - t0) / 1000).toFixed(1),
};
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench/log.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
console.log(
  `\nlog: ${N} frames recorded at ${results.recorded.framesPerSecond}/s, delivered to the UI at ${results.delivered.framesPerSecond}/s, ` +
    `lost ${results.delivered.lost} (UI) / ${results.delivered.lostInFile} (file); CLI RSS peak ${rssPeak} MB; ` +
    `longest task: ingest ${ingest.maxMs} ms, filter ${filter.maxMs} ms, scroll ${scroll.maxMs} ms`,
);
