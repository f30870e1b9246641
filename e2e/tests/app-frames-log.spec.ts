import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type FrameInput } from "@mcp-inspect/core";
import { expect, test } from "@playwright/test";
import { cliPath, tempDir } from "./inspector";

const TIME = { instance: "app-1", uri: "ui://get-time/mcp-app.html", tool: "get-time" };
const OTHER = { instance: "app-2", uri: "ui://get-time/mcp-app.html", tool: "get-time" };
const APP_PROTOCOL = "2026-01-26";
const HOST_INIT = {
  protocolVersion: APP_PROTOCOL,
  hostInfo: { name: "mcp-inspect", version: "0.1.0" },
  hostCapabilities: { openLinks: {}, serverTools: {}, serverResources: {}, logging: {}, message: { text: {} }, updateModelContext: { text: {} } },
  hostContext: { theme: "light", displayMode: "inline", availableDisplayModes: ["inline", "fullscreen"], locale: "en-US", containerDimensions: { maxHeight: 600, width: 800 } },
};
const TIME_TOOL = {
  name: "get-time",
  description: "Returns the current server time as an ISO 8601 string.",
  inputSchema: { type: "object", properties: {} },
  _meta: { ui: { resourceUri: TIME.uri }, "ui/resourceUri": TIME.uri },
};

/**
 * A recording as the inspector makes it while showing the get-time app (server-basic-react's shapes): the handshake,
 * the model's call, then the app's conversation with the page (ui/initialize, tool input and result, a tools/call the
 * page proxies to the server, a ui/message), and a second rendering of the same app whose ids restart at 1.
 */
function appSession(): FrameInput[] {
  const c2s = (msg: Record<string, unknown>): FrameInput => ({ kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", ...msg } });
  const s2c = (msg: Record<string, unknown>): FrameInput => ({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", ...msg } });
  const fromApp = (app: typeof TIME, msg: Record<string, unknown>): FrameInput => ({ kind: "app", dir: "app->host", app, msg: { jsonrpc: "2.0", ...msg } });
  const toApp = (app: typeof TIME, msg: Record<string, unknown>): FrameInput => ({ kind: "app", dir: "host->app", app, msg: { jsonrpc: "2.0", ...msg } });
  const timeResult = (time: string) => ({ content: [{ type: "text", text: time }] });
  return [
    { kind: "process", event: "spawn", pid: 4242, command: "npx", args: ["@modelcontextprotocol/server-basic-react", "--stdio"], cwd: "/tmp" },
    c2s({ id: 0, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: { extensions: { "io.modelcontextprotocol/ui": { mimeTypes: ["text/html;profile=mcp-app"] } } }, clientInfo: { name: "mcp-inspect", version: "0.1.0" } } }),
    s2c({ id: 0, result: { protocolVersion: "2025-11-25", capabilities: { tools: {}, resources: {} }, serverInfo: { name: "Basic MCP App Server (React)", version: "1.0.0" } } }),
    c2s({ method: "notifications/initialized" }),
    c2s({ id: 1, method: "tools/list", params: {} }),
    s2c({ id: 1, result: { tools: [TIME_TOOL] } }),
    c2s({ id: 2, method: "tools/call", params: { name: "get-time", arguments: {} } }),
    s2c({ id: 2, result: timeResult("2026-12-05T04:00:00.000Z") }),
    c2s({ id: 3, method: "resources/read", params: { uri: TIME.uri } }),
    s2c({ id: 3, result: { contents: [{ uri: TIME.uri, mimeType: "text/html;profile=mcp-app", text: "<!doctype html><title>Get Time</title>" }] } }),
    fromApp(TIME, { id: 1, method: "ui/initialize", params: { protocolVersion: APP_PROTOCOL, appInfo: { name: "Get Time App", version: "1.0.0" }, appCapabilities: {} } }),
    fromApp(OTHER, { id: 1, method: "ui/initialize", params: { protocolVersion: APP_PROTOCOL, appInfo: { name: "Get Time App", version: "1.0.0" }, appCapabilities: {} } }),
    toApp(OTHER, { id: 1, result: HOST_INIT }),
    toApp(TIME, { id: 1, result: HOST_INIT }),
    fromApp(TIME, { method: "ui/notifications/initialized", params: {} }),
    toApp(TIME, { method: "ui/notifications/tool-input", params: { arguments: {} } }),
    toApp(TIME, { method: "ui/notifications/tool-result", params: timeResult("2026-12-05T04:00:00.000Z") }),
    // The app's "Get Server Time" button: its tools/call (id 2, like the client's earlier call), proxied by the page.
    fromApp(TIME, { id: 2, method: "tools/call", params: { name: "get-time", arguments: {} } }),
    c2s({ id: 4, method: "tools/call", params: { name: "get-time", arguments: {} } }),
    s2c({ id: 4, result: timeResult("2026-12-05T04:00:05.000Z") }),
    toApp(TIME, { id: 2, result: timeResult("2026-12-05T04:00:05.000Z") }),
    fromApp(TIME, { id: 3, method: "ui/message", params: { role: "user", content: [{ type: "text", text: "The time is 04:00:05" }] } }),
    toApp(TIME, { id: 3, result: {} }),
  ];
}

function writeSession(frames: FrameInput[]): string {
  const file = join(tempDir(), "app-session.jsonl");
  const header = { format: SESSION_FORMAT, version: SESSION_FORMAT_VERSION, id: "app-frames", target: { type: "stdio", command: "npx", args: ["@modelcontextprotocol/server-basic-react", "--stdio"], cwd: "/tmp", envKeys: [] }, inspector: { name: "mcp-inspect", version: "0.1.0" }, startedAt: "2026-12-05T04:00:00.000Z" };
  const lines = frames.map((frame, i) => JSON.stringify({ seq: i + 1, t: i * 20, ...frame }));
  writeFileSync(file, [JSON.stringify(header), ...lines, ""].join("\n"));
  return file;
}

function startOpen(file: string) {
  const child = spawn(process.execPath, [cliPath, "open", file, "--no-open", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    void exited.then((code) => reject(new Error(`open exited (${code}) before it was ready: ${stderr}`)));
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
  });
  return { child, ready, exited };
}

test("a recorded app's messages are log rows of their own: app -> host / host -> app, paired per app, searchable, filterable, counted apart in Stats", async ({ page }) => {
  const frames = appSession();
  const opened = startOpen(writeSession(frames));
  const seqOf = (find: (f: FrameInput) => boolean) => String(frames.findIndex(find) + 1);
  const appInit = (instance: string) => seqOf((f) => f.kind === "app" && f.app.instance === instance && f.msg.method === "ui/initialize");
  try {
    await page.goto(await opened.ready);
    const log = page.getByTestId("message-log");
    const rows = log.getByTestId("log-row");
    const appRows = log.locator('[data-testid="log-row"][data-kind="app"]');
    await expect(rows.filter({ hasText: "result initialize" })).toHaveCount(1);
    await expect(appRows).toHaveCount(11);

    // The direction is the app's, with the app on hover; labels name the method, or what an answer answers.
    const init = log.locator(`[data-seq="${appInit("app-1")}"]`);
    await expect(init.getByTestId("row-app")).toHaveText("app → host");
    await expect(init.getByTestId("row-app")).toHaveAttribute("title", "MCP App app-1 · get-time · ui://get-time/mcp-app.html");
    await expect(init).toContainText("ui/initialize");
    await expect(appRows.filter({ hasText: "result ui/initialize" })).toHaveCount(2);
    await expect(appRows.filter({ hasText: "result ui/initialize" }).first().getByTestId("row-app")).toHaveText("host → app");
    await expect(appRows.filter({ hasText: "ui/notifications/tool-input" })).toHaveCount(1);
    await expect(appRows.filter({ hasText: "result ui/message" })).toHaveCount(1);
    // The app's tools/call (its id 2) is answered by the page, not by the server's answer to the client's id 2.
    const appCall = appRows.filter({ hasText: /^.*tools\/call/ }).filter({ hasNotText: "result" });
    await expect(appCall).toHaveCount(1);
    await expect(appCall.getByTestId("row-duration")).toHaveAttribute("title", /^Between an MCP App and the page as its host/);
    await expect(appRows.filter({ hasText: "result tools/call" })).toHaveCount(1);

    // app-1's answer links back to app-1's request, not to app-2's (both have id 1).
    const answer = appRows.filter({ hasText: "result ui/initialize" }).nth(1);
    await answer.getByRole("button").first().click();
    const detail = page.getByTestId("log-detail");
    await expect(detail.getByTestId("detail-app")).toContainText("instance app-1");
    await expect(detail.getByTestId("detail-app")).toContainText("ui://get-time/mcp-app.html");
    await expect(detail.getByTestId("detail-app")).toContainText("tool get-time");
    await expect(detail).toContainText("hostCapabilities");
    await detail.getByTestId("exchange-links").getByRole("button", { name: /request ui\/initialize/ }).click();
    await expect(detail).toHaveAttribute("data-seq", appInit("app-1"));
    await expect(detail).toContainText("app → host ui/initialize · id 1");
    await page.screenshot({ path: "/tmp/app-frames-log.png" });

    // Search: a JSON path on the app's message, and text.
    const search = page.getByLabel("Search messages");
    await search.fill('$.method == "ui/initialize"');
    await expect(rows).toHaveCount(2);
    await expect(appRows).toHaveCount(2);
    await search.fill("The time is 04:00:05");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("ui/message");
    await search.fill("");

    // Filters: the "app" kind is on by default; off, the app's rows go and the server's stay.
    await page.getByTestId("log-filters").click();
    const panel = page.getByTestId("log-filters-panel");
    await expect(panel.getByTestId("filter-kind-app")).toBeChecked();
    await panel.getByText("app", { exact: true }).click();
    await expect(panel.getByTestId("filter-kind-app")).not.toBeChecked();
    await expect(appRows).toHaveCount(0);
    await expect(rows.filter({ hasText: "result initialize" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "tools/call" })).toHaveCount(4);
    await panel.getByText("app", { exact: true }).click();
    await expect(appRows).toHaveCount(11);
    await page.keyboard.press("Escape");

    // Stats: the apps' requests in a table of their own; the client's table has only the client's calls (2 tools/call).
    await page.getByTestId("stats-tab").click();
    const stats = page.getByTestId("latency-stats");
    const fromApps = stats.getByTestId("latency-app-host");
    await expect(fromApps.locator('[data-key="ui/initialize"] td').nth(1)).toHaveText("2");
    await expect(fromApps.locator('[data-key="tools/call get-time"] td').nth(1)).toHaveText("1");
    await expect(fromApps.locator('[data-key="ui/message"] td').nth(1)).toHaveText("1");
    await expect(stats.getByTestId("latency-row").filter({ hasText: /^tools\/call get-time/ })).toHaveCount(2);
    await expect(stats.locator('table:not([data-testid]) [data-key="tools/call get-time"] td').nth(1)).toHaveText("2");
  } finally {
    opened.child.kill("SIGINT");
  }
  expect(await opened.exited).toBe(0);
});
