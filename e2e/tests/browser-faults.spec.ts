import { readFileSync } from "node:fs";
import { expect, test, type Page, type WebSocketRoute } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
});

const rows = (page: Page) => page.getByTestId("message-log").getByTestId("log-row");
const recorded = () => parseSessionFile(readFileSync(inspector!.recordPath, "utf8")).frames;

test("two tabs on one session each get their own answers", async ({ context }) => {
  inspector = await startInspector([]);
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
  }
  // Both clients number their requests alike; without the relay's rewriting each would take the other's answer.
  await Promise.all([callTool(a, "echo", { message: "from-tab-a" }), callTool(b, "echo", { message: "from-tab-b" })]);
  await expect(a.getByTestId("tool-result")).toContainText("from-tab-a");
  await expect(b.getByTestId("tool-result")).toContainText("from-tab-b");
  await expect(a.getByTestId("tool-result")).not.toContainText("from-tab-b");
  await expect(b.getByTestId("tool-result")).not.toContainText("from-tab-a");
  await expect(a.getByTestId("relay-error")).toHaveCount(0);
  await expect(b.getByTestId("relay-error")).toHaveCount(0);

  // The server saw distinct ids for every request in flight.
  const ids = recorded().flatMap((f) => (f.kind === "message" && f.dir === "client->server" && f.msg.method && f.msg.id !== undefined ? [f.msg.id] : []));
  expect(ids.length).toBeGreaterThanOrEqual(4);
  expect(new Set(ids).size).toBe(ids.length);
});

test("a tab reloaded mid-call: the late answer is recorded, and the new tab works", async ({ page }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "slow_task", { steps: 2, delayMs: 600 });
  await expect.poll(() => recorded().some((f) => f.kind === "message" && f.msg.method === "tools/call")).toBe(true);
  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect.poll(() => JSON.stringify(recorded()), { timeout: 10_000 }).toContain("Finished 2 steps of 600 ms");
  await expect(page.getByTestId("relay-error")).toHaveCount(0);
  await callTool(page, "echo", { message: "after-reload" });
  await expect(page.getByTestId("tool-result")).toContainText("after-reload");
  expect(inspector.stderr()).not.toMatch(/unhandled|TypeError/i);
});

test("the relay WebSocket drops: the UI says disconnected, recovers, and the log has no gaps or duplicates", async ({ page }) => {
  inspector = await startInspector([]);
  const routes: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/api\/relay/, (ws) => {
    // Pass everything through, but keep a handle to drop the connection as a network would.
    ws.connectToServer();
    routes.push(ws);
  });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "before-drop" });
  await expect(page.getByTestId("tool-result")).toContainText("before-drop");

  await routes.at(-1)!.close({ code: 1006, reason: "network dropped" }).catch(() => routes.at(-1)!.close());
  await expect(page.getByTestId("relay-disconnected")).toBeVisible();
  await expect(page.getByTestId("relay-disconnected")).toBeHidden({ timeout: 20_000 });
  expect(routes.length).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");

  await callTool(page, "echo", { message: "after-drop" });
  await expect(page.getByTestId("tool-result")).toContainText("after-drop");
  const search = page.getByLabel("Search messages");
  for (const text of ["before-drop", "after-drop"]) {
    await search.fill(text);
    // The request and its result, once each: history on reconnect neither loses nor repeats frames.
    await expect(rows(page)).toHaveCount(2);
  }
  await search.fill("");
  const messages = recorded().filter((f) => f.kind === "message").length;
  const seqs = recorded().map((f) => f.seq);
  expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
  expect(messages).toBeGreaterThan(4);
});
