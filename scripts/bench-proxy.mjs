// Proxy benchmark (issue 20): the latency `mcp-inspect proxy` adds to each request. The same SDK client calls the
// demo server's `echo` directly over stdio and through `mcp-inspect proxy -- node <demo>` (recording and checking
// every frame, as a client config would run it); interleaved blocks after a warm-up, so drift hits both alike.
// Added latency = p50 through the proxy - p50 direct (target <= 1 ms). The same for `mcp-inspect proxy --url
// --listen` (`http` in the results): Streamable HTTP to the dual-era demo server's --http mode, directly and through
// the proxy (BENCH_PROXY_HTTP_CALLS, default 500). Figures go to .bench/proxy.json; no test asserts on them.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const root = new URL("..", import.meta.url).pathname;
const cli = process.env.MCP_INSPECT_CLI ?? join(root, "apps/cli/dist/cli.js");
const demo = join(root, "packages/demo-server/dist/server.js");
const demoV2 = join(root, "packages/demo-server/dist/server-v2.js");
const HTTP_CALLS = Number(process.env.BENCH_PROXY_HTTP_CALLS ?? 500);
const CALLS = Number(process.env.BENCH_PROXY_CALLS ?? 2000);
const BLOCKS = 4;
const WARMUP = 300;

const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const r = (x) => +x.toFixed(3);
  return { calls: s.length, min: r(s[0]), p50: r(q(s, 0.5)), p90: r(q(s, 0.9)), p99: r(q(s, 0.99)), max: r(s.at(-1)), mean: r(s.reduce((a, b) => a + b, 0) / s.length) };
};

async function connect(command, args) {
  const client = new Client({ name: "bench-proxy", version: "1.0.0" });
  await client.connect(new StdioClientTransport({ command, args, stderr: "ignore" }));
  return client;
}

async function calls(client, n, into) {
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await client.callTool({ name: "echo", arguments: { message: `hi ${i}` } });
    into?.push(performance.now() - start);
  }
}

const record = join(mkdtempSync(join(tmpdir(), "mcp-inspect-bench-proxy-")), "session.jsonl");
const direct = await connect(process.execPath, [demo]);
const proxied = await connect(process.execPath, [cli, "proxy", "--record", record, "--", process.execPath, demo]);
await calls(direct, WARMUP);
await calls(proxied, WARMUP);
const directMs = [];
const proxyMs = [];
for (let b = 0; b < BLOCKS; b++) {
  await calls(direct, CALLS / BLOCKS, directMs);
  await calls(proxied, CALLS / BLOCKS, proxyMs);
}
await direct.close();
await proxied.close();

const results = { direct: stats(directMs), proxy: stats(proxyMs) };
results.addedP50Ms = +(results.proxy.p50 - results.direct.p50).toFixed(3);
results.http = await benchHttp();
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench/proxy.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
console.log(`\nproxy --url: echo round trip p50 ${results.http.proxy.p50} ms through the HTTP proxy vs ${results.http.direct.p50} ms direct: ${results.http.addedP50Ms} ms added per request`);
console.log(`proxy: echo round trip p50 ${results.proxy.p50} ms through mcp-inspect proxy vs ${results.direct.p50} ms direct: ${results.addedP50Ms} ms added per request (target <= 1 ms)`);

/** A child that prints the URL it listens on to stderr; killed when the bench ends (bounded: 30 s to say it). */
function startListening(args, pattern) {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const url = new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not listen within 30 s: ${seen}`)), 30_000);
    child.stderr.on("data", (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) (clearTimeout(timer), resolve(match[1]));
    });
  });
  return { child, url };
}

async function benchHttp() {
  const server = startListening([demoV2, "--http", "0"], /listening on (http:\/\/\S+)/);
  const serverUrl = await server.url;
  const httpRecord = join(mkdtempSync(join(tmpdir(), "mcp-inspect-bench-proxy-http-")), "session.jsonl");
  const proxy = startListening([cli, "proxy", "--url", serverUrl, "--listen", "127.0.0.1:0", "--record", httpRecord], /listening on (http:\/\/\S+)/);
  const proxyUrl = await proxy.url;
  try {
    const connectHttp = async (url) => {
      const client = new Client({ name: "bench-proxy-http", version: "1.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      return client;
    };
    const direct = await connectHttp(serverUrl);
    const proxied = await connectHttp(proxyUrl);
    await calls(direct, 100);
    await calls(proxied, 100);
    const directMs = [];
    const proxyMs = [];
    for (let b = 0; b < BLOCKS; b++) {
      await calls(direct, HTTP_CALLS / BLOCKS, directMs);
      await calls(proxied, HTTP_CALLS / BLOCKS, proxyMs);
    }
    await direct.close();
    await proxied.close();
    const http = { direct: stats(directMs), proxy: stats(proxyMs) };
    http.addedP50Ms = +(http.proxy.p50 - http.direct.p50).toFixed(3);
    return http;
  } finally {
    proxy.child.kill("SIGTERM");
    server.child.kill("SIGTERM");
  }
}
