import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { demoServerPath, isAlive, memoryServerPath, startInspector, tempDir, type RunningInspector } from "./inspector";
import { callTool, dropFile } from "./ui-actions";

// Each test stops its inspector to check the exit code; this stops it when a test failed first.
const started: RunningInspector[] = [];
const start = async (...args: Parameters<typeof startInspector>): Promise<RunningInspector> => {
  const inspector = await startInspector(...args);
  started.push(inspector);
  return inspector;
};
test.afterEach(async () => {
  await Promise.all(started.splice(0).map((i) => i.stop()));
});

/** A config file naming the demo server and @modelcontextprotocol/server-memory (its graph kept in `dir`). */
function writeConfig(dir: string): string {
  const file = join(dir, ".mcp.json");
  writeFileSync(file, JSON.stringify({ mcpServers: {
    demo: { command: "node", args: [demoServerPath] },
    memory: { command: "node", args: [memoryServerPath], env: { MEMORY_FILE_PATH: join(dir, "memory.jsonl") } },
  } }));
  return file;
}

/** The visible strip of server tabs (each server's header has one; the hidden ones are not counted). */
const serverTabs = (page: Page) => page.getByRole("tablist", { name: "Servers" }).getByRole("tab");

/** Where server `<id>-<name>` records, beside the first server's --record file. */
const secondRecording = (recordPath: string, suffix: string) => recordPath.replace(/session\.jsonl$/, `session.${suffix}.jsonl`);

/** One server's inspector; the others stay mounted but hidden. */
const serverView = (page: Page, id: string) => page.locator(`[data-testid="server-view"][data-server-id="${id}"]`);

/** The tools called in a session file, in order. */
function calledTools(file: string): string[] {
  return parseSessionFile(readFileSync(file, "utf8")).frames.flatMap((f) =>
    f.kind === "message" && f.msg.method === "tools/call" ? [String((f.msg.params as { name?: unknown }).name)] : [],
  );
}

async function addServer(page: Page, name: string) {
  await page.getByRole("button", { name: "Add server" }).click();
  await page.getByTestId("add-server-menu").getByTestId("add-server-item").filter({ hasText: name }).click();
  await expect(page.getByRole("tab", { name, exact: true })).toHaveAttribute("aria-selected", "true");
}

test("two servers at once in the UI: a tab each, each with its own log and its own recording", async ({ page }) => {
  const dir = tempDir();
  const inspector = await start([], { flags: ["--config", writeConfig(dir), "--server", "demo"] });
  await page.goto(inspector.url);
  const demo = serverView(page, "s1");
  await expect(demo.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByRole("tab", { name: "demo", exact: true })).toHaveAttribute("aria-selected", "true");

  // The Add menu offers the config's entries and nothing else.
  await page.getByRole("button", { name: "Add server" }).click();
  const menu = page.getByTestId("add-server-menu");
  await expect(menu.getByTestId("add-server-item")).toHaveText([/^demo.*running/, /^memory/]);
  await expect(menu.getByRole("textbox")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await addServer(page, "memory");

  const memory = serverView(page, "s2");
  await expect(memory.getByTestId("connection-state")).toHaveText("ready");
  await expect(memory.getByTestId("server-name")).toContainText("memory-server");
  await expect(demo).toBeHidden();
  const entities = { entities: [{ name: "second-tab", entityType: "test", observations: ["kept by memory"] }] };
  await callTool(memory, "create_entities", entities);
  await expect(memory.getByTestId("tool-result")).toContainText("kept by memory");

  await page.getByRole("tab", { name: "demo", exact: true }).click();
  await expect(memory).toBeHidden();
  await callTool(demo, "echo", { message: "from the demo tab" });
  await expect(demo.getByTestId("tool-result")).toContainText("from the demo tab");

  // Each log holds its own server's frames only.
  const demoLog = demo.getByTestId("message-log");
  await expect(demoLog.getByRole("button", { name: "open tool echo" }).first()).toBeVisible();
  await expect(demoLog.getByRole("button", { name: "open tool create_entities" })).toHaveCount(0);
  await page.getByRole("tab", { name: "memory", exact: true }).click();
  const memoryLog = memory.getByTestId("message-log");
  await expect(memoryLog.getByRole("button", { name: "open tool create_entities" }).first()).toBeVisible();
  await expect(memoryLog.getByRole("button", { name: "open tool echo" })).toHaveCount(0);

  // A reload comes back to the open tab, with both servers still there.
  await expect(page).toHaveURL(/#server=s2(&|$)/);
  await page.reload();
  await expect(memory.getByTestId("connection-state")).toHaveText("ready");
  await expect(serverTabs(page)).toHaveText(["demo", "memory"]);
  await expect(page.getByRole("tab", { name: "memory", exact: true })).toHaveAttribute("aria-selected", "true");
  await expect(demo).toBeHidden();

  expect(await inspector.stop()).toBe(0);
  // The first server records to --record, the second beside it, each only its own calls.
  expect(calledTools(inspector.recordPath)).toEqual(["echo"]);
  expect(calledTools(secondRecording(inspector.recordPath, "s2-memory"))).toEqual(["create_entities"]);
});

test("a session file dropped on the page opens in the server tab being looked at, not in the hidden ones", async ({ page }) => {
  const inspector = await start([], { flags: ["--config", writeConfig(tempDir()), "--server", "demo"] });
  await page.goto(inspector.url);
  const demo = serverView(page, "s1");
  await expect(demo.getByTestId("connection-state")).toHaveText("ready");
  await addServer(page, "memory");
  const memory = serverView(page, "s2");
  await expect(memory.getByTestId("connection-state")).toHaveText("ready");

  await dropFile(page, "demo-run.jsonl", readFileSync(inspector.recordPath, "utf8"), memory);
  await expect(memory.getByTestId("readonly-banner")).toContainText("Read-only: demo-run.jsonl");
  await expect(page.getByTestId("drop-overlay")).toHaveCount(0);
  await expect(demo.getByTestId("readonly-banner")).toHaveCount(0);
  await page.getByRole("tab", { name: "demo", exact: true }).click();
  await expect(demo.getByTestId("connection-state")).toHaveText("ready");
  await expect(demo.getByTestId("readonly-banner")).toHaveCount(0);
});

test("a config with several servers and no --server: the picker starts the one picked", async ({ page }) => {
  const dir = tempDir();
  const inspector = await start([], { flags: ["--config", writeConfig(dir)] });
  await page.goto(inspector.url);
  const picker = page.getByTestId("server-picker");
  await expect(picker).toContainText("lists 2 servers. Pick one to inspect");
  await expect(picker.getByTestId("launcher-card")).toHaveText([/^demo.*server\.js/, /^memory.*index\.js/]);
  await picker.getByRole("button", { name: "Start memory" }).click();

  await expect(picker).toHaveCount(0);
  const memory = serverView(page, "s1");
  await expect(memory.getByTestId("connection-state")).toHaveText("ready");
  await expect(memory.getByRole("button", { name: /^read_graph\b/ })).toBeVisible();
  // The other entry stays one click away.
  await expect(serverTabs(page)).toHaveText(["memory"]);
  await page.getByRole("button", { name: "Add server" }).click();
  await expect(page.getByTestId("add-server-menu").getByTestId("add-server-item")).toHaveText([/^demo/, /^memory.*running/]);
  expect(await inspector.stop()).toBe(0);
});

test("closing a tab stops that server; the other keeps working", async ({ page }) => {
  const dir = tempDir();
  const inspector = await start([], { flags: ["--config", writeConfig(dir), "--server", "demo"] });
  await page.goto(inspector.url);
  await expect(serverView(page, "s1").getByTestId("connection-state")).toHaveText("ready");
  await addServer(page, "memory");
  await expect(serverView(page, "s2").getByTestId("connection-state")).toHaveText("ready");
  // Its process, as its own recording tells it.
  const spawnedPid = () => {
    for (const f of parseSessionFile(readFileSync(secondRecording(inspector.recordPath, "s2-memory"), "utf8")).frames) {
      if (f.kind === "process" && f.event === "spawn") return f.pid;
    }
    return 0;
  };
  await expect.poll(spawnedPid).toBeGreaterThan(0);
  const memoryPid = spawnedPid();
  expect(isAlive(memoryPid)).toBe(true);

  await page.getByRole("button", { name: "Close memory" }).click();
  await expect(page.getByRole("dialog")).toContainText("Stop memory?");
  await page.getByTestId("confirm-close-server").click();
  await expect(serverView(page, "s2")).toHaveCount(0);
  await expect(serverTabs(page)).toHaveText(["demo"]);
  await expect.poll(() => isAlive(memoryPid), { timeout: 15_000 }).toBe(false);

  const demo = serverView(page, "s1");
  await expect(demo).toBeVisible();
  await callTool(demo, "echo", { message: "still here" });
  await expect(demo.getByTestId("tool-result")).toContainText("still here");
  expect(await inspector.stop()).toBe(0);
});

test("the browser can only name a launcher, never a command", async () => {
  const inspector = await start([], { flags: ["--config", writeConfig(tempDir()), "--server", "demo"] });
  const api = (method: string, body?: unknown) =>
    fetch(`http://127.0.0.1:${inspector.port}/api/servers`, {
      method,
      headers: { Authorization: `Bearer ${inspector.token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  expect((await api("POST", { launcher: "x" })).status).toBe(404);
  expect((await api("POST", { launcher: "cli", command: "rm" })).status).toBe(400);
  const listed = (await (await api("GET")).json()) as { servers: { name: string }[] };
  expect(listed.servers.map((s) => s.name)).toEqual(["demo"]);
  expect(await inspector.stop()).toBe(0);
});

test("a server's sampling request stays in its own tab, and its tab says so while another is shown", async ({ page }) => {
  const inspector = await start([], { flags: ["--config", writeConfig(tempDir()), "--server", "demo"] });
  await page.goto(inspector.url);
  const demo = serverView(page, "s1");
  await expect(demo.getByTestId("connection-state")).toHaveText("ready");
  await addServer(page, "memory");
  const memory = serverView(page, "s2");
  await expect(memory.getByTestId("connection-state")).toHaveText("ready");

  await page.getByRole("tab", { name: "demo", exact: true }).click();
  await callTool(demo, "sample_llm", { prompt: "Only for demo", maxTokens: 10 });
  await expect(demo.getByTestId("pending-requests")).toHaveText("1");
  await page.getByRole("tab", { name: "memory", exact: true }).click();
  // memory's own Requests are empty; its header says the demo tab has one waiting.
  await expect(memory.getByTestId("pending-requests")).toHaveText("0");
  await expect(memory.getByTestId("server-tab-waiting")).toHaveText("1");

  await page.getByRole("tab", { name: "demo", exact: true }).click();
  const card = demo.getByTestId("client-request").first();
  await card.getByLabel("Reply (as the model)").fill("Only demo sees this.");
  await card.getByRole("button", { name: "Send reply" }).click();
  await expect(demo.getByTestId("tool-result")).toContainText("Only demo sees this.");
  await expect(demo.getByTestId("server-tab-waiting")).toHaveCount(0);
  expect(await inspector.stop()).toBe(0);
});
