import { spawn, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { expect, test, type Page } from "@playwright/test";
import { repoRoot } from "./inspector";

// The hostile app fixture itself (the security test that uses it hosts it in the inspector): its server answers over
// stdio, and its app, hosted by a bare page that plays the host's part, reports every attempt; given the access a
// careless host would give (allow-same-origin), it reports ALLOWED, so a host that leaks cannot pass for safe.

const fixture = join(repoRoot, "e2e/fixtures/hostile-app-server.mjs");

test("the hostile app server answers tools/list and resources/read over stdio (its selftest)", () => {
  const run = spawnSync(process.execPath, [join(repoRoot, "e2e/fixtures/hostile-app-server-selftest.mjs")], { encoding: "utf8", timeout: 30_000 });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("hostile-app-server: ok");
});

/** The app's HTML as the server serves it: the handshake and resources/read, JSON-RPC lines over its stdio. */
async function appHtml(): Promise<string> {
  const child = spawn(process.execPath, [fixture], { stdio: ["pipe", "pipe", "inherit"] });
  const send = (msg: Record<string, unknown>) => child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", ...msg })}\n`);
  try {
    send({ id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "fixture-check", version: "1" } } });
    send({ method: "notifications/initialized" });
    send({ id: 2, method: "resources/read", params: { uri: "ui://hostile/app.html" } });
    for await (const line of createInterface({ input: child.stdout })) {
      const msg = JSON.parse(line) as { id?: number; result?: { contents: { text: string }[] } };
      if (msg.id === 2) return msg.result!.contents[0]!.text;
    }
    throw new Error("the fixture closed its stdout before answering resources/read");
  } finally {
    child.kill();
  }
}

/** A loopback page that hosts the app in an iframe with `sandbox` and answers as a host; /api/info stands for the inspector's API. */
async function hostPage(html: string): Promise<{ server: Server; origin: string; port: number }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/api/info") return void res.writeHead(200, { "content-type": "application/json" }).end('{"secret":"inspector-info"}');
    const sandbox = url.searchParams.get("sandbox") ?? "allow-scripts";
    const port = (server.address() as AddressInfo).port;
    res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><title>host</title><iframe id="app" sandbox="${sandbox}"></iframe>
<script>
window.reports = [];
const frame = document.getElementById("app");
const send = (msg) => frame.contentWindow.postMessage(Object.assign({ jsonrpc: "2.0" }, msg), "*");
window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow) return;
  const msg = event.data;
  if (msg.method === "ui/initialize") send({ id: msg.id, result: { protocolVersion: "2026-01-26", hostInfo: { name: "host", version: "1" }, hostCapabilities: { logging: {} }, hostContext: {} } });
  else if (msg.method === "ui/notifications/initialized") send({ method: "ui/notifications/tool-input", params: { arguments: { port: ${port} } } });
  else if (msg.method === "notifications/message") window.reports.push(msg.params.data);
});
frame.srcdoc = ${JSON.stringify(html).replace(/</g, "\\u003c")};
</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, port, origin: `http://127.0.0.1:${port}` };
}

async function outcomes(page: Page, url: string): Promise<Record<string, string>> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { reports: { attempt: string }[] }).reports.some((r) => r.attempt === "top navigation"), undefined, { timeout: 30_000 });
  const reports = await page.evaluate(() => (window as unknown as { reports: { attempt: string; outcome: string }[] }).reports);
  return Object.fromEntries(reports.map((r) => [r.attempt, r.outcome]));
}

test("the hostile app reports each attempt: blocked in an opaque sandbox, ALLOWED where a careless host lets it through", async ({ page }) => {
  test.setTimeout(90_000);
  const host = await hostPage(await appHtml());
  try {
    const strict = await outcomes(page, `${host.origin}/?sandbox=allow-scripts`);
    expect(Object.keys(strict)).toEqual([
      "parent.document.title",
      "top.document.body.innerHTML",
      "parent.location.href",
      "top.location.href",
      "localStorage",
      "sessionStorage",
      "document.cookie",
      "fetch /api/info",
      "fetch /api/info with credentials",
      "fetch /api/info no-cors",
      "WebSocket /api/relay",
      "window.open",
      "done",
      "top navigation",
    ]);
    for (const attempt of ["parent.document.title", "top.document.body.innerHTML", "parent.location.href", "top.location.href", "localStorage", "sessionStorage", "document.cookie", "fetch /api/info", "fetch /api/info with credentials", "window.open", "top navigation"]) {
      expect(strict[attempt], attempt).toMatch(/^blocked: /);
    }
    // This bare host sets no CSP, so a no-cors request leaves (the inspector's CSP must stop it); nothing listens for a WebSocket.
    expect(strict["fetch /api/info no-cors"]).toMatch(/^ALLOWED: the request left/);
    expect(strict["WebSocket /api/relay"]).toMatch(/^blocked: /);
    expect(page.url()).toBe(`${host.origin}/?sandbox=allow-scripts`);

    const careless = await outcomes(page, `${host.origin}/?sandbox=${encodeURIComponent("allow-scripts allow-same-origin allow-popups")}`);
    expect(careless["parent.document.title"]).toBe('ALLOWED: title "host"');
    expect(careless["top.document.body.innerHTML"]).toMatch(/^ALLOWED: .*iframe/);
    expect(careless["parent.location.href"]).toBe(`ALLOWED: ${host.origin}/?sandbox=allow-scripts%20allow-same-origin%20allow-popups`);
    expect(careless["top.location.href"]).toBe(careless["parent.location.href"]);
    expect(careless["sessionStorage"]).toMatch(/^ALLOWED: origin http:\/\/127\.0\.0\.1:/);
    expect(careless["fetch /api/info"]).toBe('ALLOWED: HTTP 200 {"secret":"inspector-info"}');
    expect(careless["window.open"]).toBe("ALLOWED: a window opened");
    expect(careless["done"]).toMatch(/^\d+ ALLOWED/);
  } finally {
    host.server.close();
  }
});
