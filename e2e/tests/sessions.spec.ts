import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Download, type Page } from "@playwright/test";
import { startInspector, tempDir, type RunningInspector } from "./inspector";
import { dropFile } from "./ui-actions";

// Past sessions, read-only viewing, importing a file and exporting a replay test, as a person does them.

const OLD_ID = "0ld5e551-0000-4000-8000-000000000001";
const oldHeader = {
  format: "mcp-inspect-session",
  version: 1,
  id: OLD_ID,
  target: { type: "stdio", command: "node", args: ["old-server.js"], cwd: "/tmp", envKeys: [] },
  inspector: { name: "mcp-inspect", version: "0.1.0" },
  startedAt: "2026-01-02T03:04:05.000Z",
};
const oldFrames = [
  { seq: 1, t: 0, kind: "process", event: "spawn", pid: 4242, command: "node", args: ["old-server.js"], cwd: "/tmp" },
  { seq: 2, t: 3, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } } },
  { seq: 3, t: 9, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 0, result: { protocolVersion: "2025-06-18", capabilities: { tools: {} }, serverInfo: { name: "old-demo", version: "0.9.0" } } } },
  { seq: 4, t: 20, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "old_tool", arguments: { question: "what was it?" } } } },
  { seq: 5, t: 45, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: "the old answer" }] } } },
];
const sessionText = (header: object, frames: object[]) => [header, ...frames].map((l) => JSON.stringify(l)).join("\n") + "\n";

let inspector: RunningInspector;
let folder: string;
test.beforeEach(async () => {
  // The API lists the folder of this run's --record file: put an older session there first.
  folder = tempDir();
  const old = join(folder, "old.jsonl");
  writeFileSync(old, sessionText(oldHeader, oldFrames));
  const past = new Date("2026-01-02T04:00:00Z");
  utimesSync(old, past, past);
  inspector = await startInspector([], { flags: ["--record", join(folder, "a.jsonl")] });
});
test.afterEach(async () => {
  expect(await inspector.stop()).toBe(0);
});

async function callTool(page: Page, name: string, args: unknown, expected: string) {
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: new RegExp(`^${name}\\b`) }).first().click();
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify(args));
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText(expected);
}

test("lists this run and the older session, and opens the older one read-only", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "first" }, "first");
  await callTool(page, "add", { a: 2, b: 3 }, "5");

  await page.getByTestId("sessions-button").click();
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  // Newest first: this run, marked current, then the old file.
  await expect(rows.nth(0)).toHaveAttribute("data-id", "a.jsonl");
  await expect(rows.nth(0).getByTestId("session-current")).toBeVisible();
  await expect(rows.nth(0).getByTestId("session-target")).toContainText("demo-server");
  await expect(rows.nth(1)).toHaveAttribute("data-id", "old.jsonl");
  await expect(rows.nth(1).getByTestId("session-target")).toHaveText("node old-server.js");
  await expect(rows.nth(1).getByTestId("session-current")).toHaveCount(0);
  // Each row names the protocol its session spoke: the old one negotiated 2025-06-18 with initialize.
  await expect(rows.nth(1).getByTestId("session-protocol")).toHaveText("2025-06-18");
  await expect(rows.nth(1).getByTestId("session-protocol")).toHaveAttribute("data-era", "legacy");

  // Compare the old file with this run (the diff view of the other engineer).
  await expect(rows.nth(0).getByTestId("compare-session")).toHaveCount(0);
  await rows.nth(1).getByTestId("compare-session").click();
  await expect(page.getByTestId("session-diff")).toBeVisible();
  await page.screenshot({ path: "/tmp/sessui-compare.png" });
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("session-diff")).toHaveCount(0);

  await page.getByTestId("sessions-button").click();
  await page.screenshot({ path: "/tmp/sessui-drawer.png" });
  await rows.nth(1).getByTestId("open-session").click();
  await expect(page.getByTestId("readonly-banner")).toContainText("Read-only: old.jsonl");
  await expect(page.getByTestId("readonly-badge")).toBeVisible();
  await expect(page.getByTestId("server-name")).toHaveText("old-demo");
  // The log shows the recorded frames, not the live ones.
  const log = page.getByTestId("message-log");
  await expect(log.getByTestId("log-row").filter({ hasText: "old_tool" }).first()).toBeVisible();
  await expect(log.getByTestId("log-row").filter({ hasText: "echo" })).toHaveCount(0);
  // The tool call with its arguments and result.
  const call = page.getByTestId("recorded-call");
  await expect(call).toHaveCount(1);
  await expect(call).toHaveAttribute("data-tool", "old_tool");
  await call.getByRole("button").first().click();
  await expect(call.getByTestId("recorded-call-args")).toContainText("what was it?");
  await expect(call.getByTestId("recorded-call-result")).toContainText("the old answer");
  await page.screenshot({ path: "/tmp/sessui-readonly.png" });
  // Timings: the log's Stats view over the recorded exchange.
  await page.getByTestId("stats-tab").click();
  await expect(page.getByTestId("latency-row").filter({ hasText: "old_tool" })).toBeVisible();
  // Nothing to send to in a recording.
  await expect(page.getByTestId("restart-server")).toBeDisabled();
  await expect(page.getByTestId("export-button")).toHaveCount(0);

  await page.getByTestId("back-to-live").click();
  await expect(page.getByTestId("readonly-banner")).toHaveCount(0);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Messages" }).click();
  await expect(log.getByTestId("log-row").filter({ hasText: "echo" }).first()).toBeVisible();
});

test("a session recorded in the 2026-07-28 era says so in the list", async ({ page }) => {
  // server/discover answered, then a call carrying the per-request _meta envelope: what a v2 client records.
  const envelope = { "io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {} };
  const modernFrames = [
    { seq: 1, t: 0, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: "d", method: "server/discover", params: { _meta: envelope } } },
    { seq: 2, t: 2, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: "d", result: { resultType: "complete", supportedVersions: ["2026-07-28"], capabilities: { tools: {} } } } },
    { seq: 3, t: 5, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "echo", arguments: { message: "hi" }, _meta: envelope } } },
    { seq: 4, t: 7, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 1, result: { resultType: "complete", content: [{ type: "text", text: "hi" }] } } },
  ];
  writeFileSync(join(folder, "modern.jsonl"), sessionText({ ...oldHeader, id: "m0de7n00-0000-4000-8000-000000000002" }, modernFrames));
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByTestId("sessions-button").click();
  const modern = page.locator('[data-testid="session-row"][data-id="modern.jsonl"]');
  await expect(modern.getByTestId("session-protocol")).toHaveText("2026-07-28");
  await expect(modern.getByTestId("session-protocol")).toHaveAttribute("data-era", "modern");
  await expect(page.locator('[data-testid="session-row"][data-id="old.jsonl"]').getByTestId("session-protocol")).toHaveAttribute("data-era", "legacy");
});

test("drops a session file to open it, and a malformed one with a clear error", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");

  await dropFile(page, "not-a-session.jsonl", '{"hello":"world"}\n');
  await expect(page.getByTestId("import-error")).toContainText('not-a-session.jsonl: not a session file: line 1 has no "format": "mcp-inspect-session"');
  await expect(page.getByTestId("readonly-banner")).toHaveCount(0);

  // A crash cut the last line: it still opens, with the reader's warning.
  await dropFile(page, "crashed.jsonl", sessionText(oldHeader, oldFrames) + '{"seq":6,"t":50,"kind":"mess');
  await expect(page.getByTestId("import-error")).toHaveCount(0);
  await expect(page.getByTestId("readonly-banner")).toContainText("Read-only: crashed.jsonl");
  await expect(page.getByTestId("readonly-warnings")).toContainText("line 7 skipped (truncated last line)");
  await expect(page.getByTestId("recorded-call")).toHaveAttribute("data-tool", "old_tool");

  // The picker does the same.
  await page.getByTestId("import-session-input").setInputFiles({ name: "picked.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(sessionText(oldHeader, oldFrames)) });
  await expect(page.getByTestId("readonly-banner")).toContainText("Read-only: picked.jsonl");
  await expect(page.getByTestId("readonly-warnings")).toHaveCount(0);
});

test("exports the whole session and selected requests as a fixture and a test file", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "keep me" }, "keep me");
  await callTool(page, "add", { a: 1, b: 2 }, "3");

  const saved = async () => {
    // Two files per export: collect every download event, not just the first.
    const downloads: Download[] = [];
    const onDownload = (d: Download) => downloads.push(d);
    page.on("download", onDownload);
    const first = page.waitForEvent("download");
    await page.getByTestId("export-submit").click();
    await first;
    await expect.poll(() => downloads.length).toBe(2);
    page.off("download", onDownload);
    const files: Record<string, string> = {};
    for (const download of downloads) {
      const path = join(folder, `dl-${download.suggestedFilename()}`);
      await download.saveAs(path);
      files[download.suggestedFilename()] = readFileSync(path, "utf8");
    }
    return files;
  };
  const toolNames = (fixtureText: string) =>
    (JSON.parse(fixtureText) as { exchanges: { method: string; params?: { name?: string } }[] }).exchanges.filter((e) => e.method === "tools/call").map((e) => e.params?.name);

  await page.getByTestId("export-button").click();
  const whole = await saved();
  const names = Object.keys(whole).sort();
  expect(names).toHaveLength(2);
  expect(names[0]).toMatch(/^session-[0-9a-f]{8}\.fixture\.json$/);
  expect(names[1]).toBe(names[0]!.replace(".fixture.json", ".test.ts"));
  expect(JSON.parse(whole[names[0]!]!).format).toBe("mcp-inspect-fixture");
  expect(toolNames(whole[names[0]!]!)).toEqual(["echo", "add"]);
  expect(whole[names[1]!]).toContain(names[0]);

  await page.getByTestId("export-button").click();
  await page.getByRole("dialog").getByText("Selected requests", { exact: true }).click();
  await expect(page.getByTestId("export-submit")).toBeDisabled();
  await page.getByRole("checkbox", { name: /tools\/call add$/ }).check();
  const some = await saved();
  const fixture = Object.entries(some).find(([n]) => n.endsWith(".fixture.json"))![1];
  expect(toolNames(fixture)).toEqual(["add"]);
});
