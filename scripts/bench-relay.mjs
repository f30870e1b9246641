// Relay benchmark (issue "Hardening and benchmarks"):
// 1. Overhead: round trip of a small tools/call (demo server `echo`) from a Chromium page through the
//    relay WebSocket -> backend -> stdio -> server and back, against the same call by the SDK Client over
//    StdioClientTransport in Node; interleaved blocks after a warm-up; p50/p99, ratio, overhead.
// 2. Throughput: 200,000 one-line notifications from the flood server, received by a raw WebSocket
//    client in Node (no browser) and counted in the session file: frames/s, lost frames.
// Figures go to .bench/relay.json and a summary to stdout. No test asserts on these.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import WebSocket, { WebSocketServer } from "ws";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const root = new URL("..", import.meta.url).pathname;
const cli = process.env.MCP_INSPECT_CLI ?? join(root, "apps/cli/dist/cli.js");
const demo = join(root, "packages/demo-server/dist/server.js");
const CALLS = Number(process.env.BENCH_RELAY_CALLS ?? 2000);
const BLOCKS = 4; // browser and Node alternate in blocks of CALLS / BLOCKS, so drift hits both alike
const WARMUP = 300;
const FLOOD = Number(process.env.BENCH_RELAY_FLOOD ?? 200_000);

function startCli(server) {
  const record = join(mkdtempSync(join(tmpdir(), "mcp-inspect-bench-relay-")), "session.jsonl");
  const child = spawn(process.execPath, [cli, "--no-open", "--port", "0", "--record", record, process.execPath, server], { stdio: ["ignore", "pipe", "ignore"] });
  // A failed run (an error thrown below) must not leave an inspector running.
  process.on("exit", () => child.kill("SIGINT"));
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("exit", (code) => reject(new Error(`mcp-inspect exited ${code}`)));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:(\d+)\/)#token=([\w-]+)/.exec(out);
      if (m) resolve({ child, record, base: m[1], port: Number(m[2]), token: m[3] });
    });
  });
}

async function stop(child) {
  child.removeAllListeners("exit");
  const done = new Promise((r) => child.once("exit", r));
  child.kill("SIGINT");
  await done;
}

const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const r = (x) => +x.toFixed(3);
  return { calls: s.length, min: r(s[0]), p50: r(q(s, 0.5)), p90: r(q(s, 0.9)), p99: r(q(s, 0.99)), max: r(s.at(-1)), mean: r(s.reduce((a, b) => a + b, 0) / s.length) };
};

// --- 1. Overhead ---------------------------------------------------------------------------------
const client = new Client({ name: "bench-relay", version: "1.0.0" });
await client.connect(new StdioClientTransport({ command: process.execPath, args: [demo], stderr: "ignore" }));
async function nodeBlock(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await client.callTool({ name: "echo", arguments: { message: "hi" } });
    out.push(performance.now() - t);
  }
  return out;
}

const inspector = await startCli(demo);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const page = await browser.newPage();
// The page is the inspector's own origin without the token fragment, so the app does not connect: the
// only relay client is the socket opened below, and no UI rendering competes with the measurement.
await page.goto(inspector.base);
// Each relay block opens its own socket and closes it after, so the backend fans out to one client only.
// Every socket initializes (the server ignores repeats); ids are unique per page.
await page.evaluate((token) => {
  let next = 0;
  window.__block = async (n) => {
    const ws = new WebSocket(`${location.origin.replace(/^http/, "ws")}/api/relay?token=${encodeURIComponent(token)}`);
    const waiting = new Map();
    ws.onmessage = (e) => {
      const p = JSON.parse(e.data);
      if (p.type === "hello") waiting.get("hello")?.();
      // `deliverId` (when present) is this socket's own request id; the frame carries the wire id.
      const id = p.type === "frame" && p.frame.kind === "message" && p.frame.dir === "server->client" ? (p.deliverId === undefined ? p.frame.msg.id : p.deliverId) : undefined;
      if (id !== undefined && id !== null) waiting.get(id)?.();
    };
    const rpc = (message) =>
      new Promise((resolve) => {
        waiting.set(message.id, () => (waiting.delete(message.id), resolve()));
        ws.send(JSON.stringify({ type: "send", message }));
      });
    await new Promise((resolve) => waiting.set("hello", resolve));
    await rpc({ jsonrpc: "2.0", id: `init${next++}`, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "bench", version: "1" } } });
    const out = [];
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await rpc({ jsonrpc: "2.0", id: `b${next++}`, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } });
      out.push(performance.now() - t);
    }
    const wallMs = performance.now() - t0;
    ws.close();
    return { out, wallMs };
  };
}, inspector.token);
const browserBlock = (n) => page.evaluate((k) => window.__block(k), n);

// Chromium's own floor: the same small payload to a bare Node WebSocket echo server and back. From a page of its own:
// the inspector's page may connect only to its own origin (its CSP), so the echo server's port would never open there.
const echo = new WebSocketServer({ host: "127.0.0.1", port: 0 });
echo.on("connection", (socket) => socket.on("message", (data) => socket.send(data.toString())));
await new Promise((resolve) => echo.once("listening", resolve));
const echoPage = await browser.newPage();
const echoBlock = (n) =>
  echoPage.evaluate(
    async ({ n, url }) => {
      const ws = new WebSocket(url);
      await new Promise((resolve) => (ws.onopen = resolve));
      const out = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await new Promise((resolve) => {
          ws.onmessage = resolve;
          ws.send(JSON.stringify({ type: "send", message: { jsonrpc: "2.0", id: i, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } } }));
        });
        out.push(performance.now() - t);
      }
      ws.close();
      return out;
    },
    { n, url: `ws://127.0.0.1:${echo.address().port}` },
  );

// The same relay driven by a raw WebSocket client in Node: separates Chromium's share from the backend's.
let nodeNext = 0;
async function nodeWsBlock(n) {
  const ws = new WebSocket(`ws://127.0.0.1:${inspector.port}/api/relay?token=${inspector.token}`);
  const waiting = new Map();
  ws.on("message", (data) => {
    const p = JSON.parse(data.toString());
    if (p.type !== "frame" || p.frame.kind !== "message" || p.frame.dir !== "server->client") return;
    const id = p.deliverId === undefined ? p.frame.msg.id : p.deliverId; // `deliverId`: this socket's own request id
    if (id !== null && id !== undefined) waiting.get(id)?.();
  });
  await new Promise((resolve) => ws.once("open", resolve));
  const out = [];
  for (let i = 0; i < n; i++) {
    const id = `n${nodeNext++}`;
    const t = performance.now();
    await new Promise((resolve) => {
      waiting.set(id, () => (waiting.delete(id), resolve()));
      ws.send(JSON.stringify({ type: "send", message: { jsonrpc: "2.0", id, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } } }));
    });
    out.push(performance.now() - t);
  }
  ws.close();
  return out;
}

await nodeBlock(WARMUP);
await browserBlock(WARMUP);
await nodeWsBlock(WARMUP);
await echoBlock(WARMUP);
const echoFloor = [];
const viaRelay = [];
const nodeViaRelay = [];
const direct = [];
const wall = { relay: 0, direct: 0 };
for (let b = 0; b < BLOCKS; b++) {
  const block = await browserBlock(CALLS / BLOCKS);
  viaRelay.push(...block.out);
  wall.relay += block.wallMs;
  let t = performance.now();
  t = performance.now();
  direct.push(...(await nodeBlock(CALLS / BLOCKS)));
  wall.direct += performance.now() - t;
  nodeViaRelay.push(...(await nodeWsBlock(CALLS / BLOCKS)));
  echoFloor.push(...(await echoBlock(CALLS / BLOCKS)));
}
echo.close();
await browser.close();
await client.close();
await stop(inspector.child);
const relayStats = stats(viaRelay);
const directStats = stats(direct);

// --- 2. Throughput: small-frame flood to a raw WebSocket client in Node --------------------------
const flood = await startCli(join(root, "e2e/fixtures/flood-server.mjs"));
const ws = new WebSocket(`ws://127.0.0.1:${flood.port}/api/relay?token=${flood.token}`);
let received = 0;
let answered;
const done = new Promise((resolve) => (answered = resolve));
ws.on("message", (data) => {
  const p = JSON.parse(data.toString());
  if (p.type !== "frame" || p.frame.kind !== "message") return;
  const msg = p.frame.msg;
  if (msg.method === "notifications/message" && msg.params?.logger === "flood") received++;
  if (p.frame.dir === "server->client" && (p.deliverId === undefined ? msg?.id : p.deliverId) === "flood") answered();
});
await new Promise((resolve) => ws.once("open", resolve));
const sendRaw = (message) => ws.send(JSON.stringify({ type: "send", message }));
sendRaw({ jsonrpc: "2.0", id: "init", method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "bench", version: "1" } } });
const floodT0 = performance.now();
sendRaw({ jsonrpc: "2.0", id: "flood", method: "tools/call", params: { name: "flood", arguments: { count: FLOOD, burst: 1000 } } });
await done; // the answer follows the last notification on the same pipe, so every frame is in by now
const floodSeconds = (performance.now() - floodT0) / 1000;
const recorded = readFileSync(flood.record, "utf8").split("\n").filter((l) => l.includes('"flood line ')).length;
ws.close();
await stop(flood.child);

const results = {
  date: new Date().toISOString(),
  overhead: {
    calls: CALLS,
    warmup: WARMUP,
    browserViaRelayMs: relayStats,
    nodeStdioDirectMs: directStats,
    nodeWsViaRelayMs: stats(nodeViaRelay),
    chromiumWsEchoFloorMs: stats(echoFloor),
    ratioP50: +(relayStats.p50 / directStats.p50).toFixed(2),
    overheadP50Ms: +(relayStats.p50 - directStats.p50).toFixed(3),
    backendOverheadP50Ms: +(stats(nodeViaRelay).p50 - directStats.p50).toFixed(3),
    overheadP99Ms: +(relayStats.p99 - directStats.p99).toFixed(3),
    overheadMeanFromBlockTotalsMs: +((wall.relay - wall.direct) / CALLS).toFixed(3),
    note: "browser timings use performance.now(), which Chromium coarsens (100 µs, jittered) on a page that is not cross-origin isolated; so the mean is also taken from each block's total time",
  },
  throughput: {
    frames: FLOOD,
    seconds: +floodSeconds.toFixed(2),
    receivedFramesPerSecond: Math.round(received / floodSeconds),
    received,
    recorded,
    lostOnSocket: FLOOD - received,
    lostInFile: FLOOD - recorded,
  },
};
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench/relay.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
const o = results.overhead;
console.log(
  `\nrelay: echo round trip p50 ${relayStats.p50} ms / p99 ${relayStats.p99} ms via browser+relay vs ${directStats.p50} / ${directStats.p99} ms direct stdio ` +
    `(x${o.ratioP50}; overhead p50 ${o.overheadP50Ms} ms, target < 0.5; mean from block totals ${o.overheadMeanFromBlockTotalsMs} ms); ` +
    `backend alone (Node ws client) p50 ${o.nodeWsViaRelayMs.p50} ms = +${o.backendOverheadP50Ms} ms; Chromium's bare WebSocket echo floor p50 ${o.chromiumWsEchoFloorMs.p50} ms; ` +
    `flood ${FLOOD} frames at ${results.throughput.receivedFramesPerSecond}/s to a raw WebSocket (target 20,000/s), lost ${results.throughput.lostOnSocket} (socket) / ${results.throughput.lostInFile} (file)`,
);
