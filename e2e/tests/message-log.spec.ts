import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { repoRoot, startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

let inspector: RunningInspector | undefined;
test.use({ permissions: ["clipboard-read", "clipboard-write"] });
test.afterEach(async () => {
  expect(await inspector?.stop()).toBe(0);
  inspector = undefined;
});

const log = (page: Page) => page.getByTestId("message-log");
const rows = (page: Page) => log(page).getByTestId("log-row");
/** The seq of the first row the list renders: where the view is. */
const firstSeq = async (page: Page) => Number(await rows(page).first().getAttribute("data-seq"));
const search = (page: Page, text: string) => page.getByLabel("Search messages").fill(text);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Every row the list renders satisfies `check` (the list is short here, so all of them are rendered). */
async function everyRow(page: Page, check: (text: string) => boolean) {
  await expect.poll(async () => (await rows(page).allTextContents()).every(check)).toBe(true);
}

async function demoSession(page: Page) {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "find-me-123" });
  await expect(page.getByTestId("tool-result")).toContainText("find-me-123");
}

test("searches by text and by JSON path, filters, and copies from the detail pane", async ({ page }) => {
  await demoSession(page);
  await callTool(page, "fail", {});
  await expect(page.getByTestId("tool-result")).toContainText("Tool error");
  await callTool(page, "slow_task", { steps: 3, delayMs: 400 });
  await expect(page.getByTestId("tool-result")).toContainText("Finished 3 steps");
  // initialize is in the log, paired with its result.
  await expect(rows(page).filter({ hasText: "result initialize" })).toHaveCount(1);

  // Text: the echo request and its result.
  await search(page, "find-me-123");
  await expect(rows(page)).toHaveCount(2);
  await everyRow(page, (t) => t.includes("tools/call"));
  // JSON path with a value, and a bare path.
  await search(page, '$.params.name == "echo"');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-tone", "request");
  await search(page, "params.arguments.steps");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("slow_task");
  await search(page, "$.params..x");
  await expect(page.getByTestId("log-count")).toContainText("Cannot read the path");
  await page.getByRole("button", { name: "Clear search" }).click();

  // The slow_task request carries its progress notifications.
  const slowRow = rows(page).filter({ hasText: "slow_task" }).filter({ has: page.getByTestId("row-progress") });
  await expect(slowRow.getByTestId("row-progress")).toHaveText("3 progress");

  await page.getByTestId("log-filters").click();
  const panel = page.getByTestId("log-filters-panel");
  // Method.
  await panel.getByTestId("filter-method").click();
  await page.getByRole("option", { name: "tools/list", exact: true }).click();
  await page.keyboard.press("Tab");
  await everyRow(page, (t) => t.includes("tools/list"));
  await expect(rows(page)).toHaveCount(2);
  await panel.getByRole("button", { name: "Reset filters" }).click();
  // Direction.
  await panel.getByText("← to client").click();
  await expect(log(page).getByLabel("client to server")).toHaveCount(0);
  await expect(log(page).getByLabel("server to client").first()).toBeVisible();
  await panel.getByText("both").click();
  // Kind.
  for (const kind of ["request", "response", "stderr", "stdout-noise", "process", "http"]) await panel.getByText(kind, { exact: true }).click();
  await everyRow(page, (t) => t.includes("notifications/"));
  await panel.getByRole("button", { name: "Reset filters" }).click();
  // Errors only: the failing tool's result.
  await panel.getByLabel("Errors only").check();
  await expect(rows(page).filter({ hasText: "result tools/call" })).toHaveCount(1);
  await everyRow(page, (t) => !t.includes("initialize"));
  await panel.getByLabel("Errors only").uncheck();
  // Slow only, with a threshold: slow_task took > 1 s; nothing took 10 minutes.
  await panel.getByLabel("Slow threshold (ms)").fill("1000");
  await panel.getByLabel("Slow only, ≥").check();
  await expect(rows(page)).toHaveCount(2);
  await everyRow(page, (t) => t.includes("tools/call"));
  await panel.getByLabel("Slow threshold (ms)").fill("600000");
  await expect(rows(page)).toHaveCount(0);
  await panel.getByRole("button", { name: "Reset filters" }).click();
  await page.keyboard.press("Escape");

  // Detail pane: the echo request's JSON, with copy buttons.
  await search(page, '$.params.name == "echo"');
  await rows(page).first().getByRole("button").first().click();
  const detail = page.getByTestId("log-detail");
  await expect(detail.getByTestId("json-tree")).toContainText('"find-me-123"');
  await expect(detail.getByTestId("exchange-links")).toContainText("response in");
  await detail.getByTestId("copy-message").click();
  expect(JSON.parse(await clipboard(page))).toMatchObject({ method: "tools/call", params: { name: "echo", arguments: { message: "find-me-123" } } });
  await detail.getByRole("button", { name: "select $.params.arguments.message" }).click();
  await detail.getByTestId("copy-path").click();
  await expect.poll(() => clipboard(page)).toBe("$.params.arguments.message");
  await detail.getByTestId("copy-value").click();
  await expect.poll(() => clipboard(page)).toBe("find-me-123");
});

test("jumps from a tools/call row to the tool and back to the row", async ({ page }) => {
  await demoSession(page);
  await page.getByRole("tab", { name: "Prompts" }).click();
  await search(page, "$.params.name == echo");
  const call = rows(page).filter({ hasText: "tools/call" }).first();
  const seq = await call.getAttribute("data-seq");
  await call.getByRole("button", { name: "open tool echo" }).click();
  await expect(page.getByRole("tab", { name: "Tools" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("button", { name: "Call tool" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "echo" })).toBeVisible();
  await page.getByTestId("back-to-log").click();
  await expect(log(page).locator("[data-highlighted]")).toHaveAttribute("data-seq", seq!);
  await expect(page.getByTestId("log-detail")).toHaveAttribute("data-seq", seq!);
  await expect(page.getByTestId("back-to-log")).toHaveCount(0);
  // Going back clears the search, so the row is shown among all the others.
  await expect(page.getByLabel("Search messages")).toHaveValue("");
  await expect(rows(page).filter({ hasText: "initialize" }).first()).toBeVisible();
});

test("edits and resends an echo call; the new exchange is in the log and in the stats", async ({ page }) => {
  await demoSession(page);
  await search(page, '$.params.name == "echo"');
  await rows(page).first().getByRole("button").first().click();
  await page.getByTestId("edit-resend").click();
  const editor = page.getByTestId("resend-editor");
  const edited = (await editor.inputValue()).replace("find-me-123", "resent-456");
  await editor.fill(edited);
  await page.getByTestId("resend-send").click();
  // The answer shows beside the edited request (resend-answer.spec.ts); close to go on.
  await expect(page.getByTestId("resend-answer-json")).toContainText("resent-456");
  await page.getByRole("button", { name: "Close", exact: true }).click();
  await expect(editor).toHaveCount(0);
  await search(page, "resent-456");
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).filter({ hasText: "result tools/call" })).toHaveCount(1);
  // A bad edit is refused with a specific error.
  await search(page, '$.params.name == "echo"');
  await rows(page).first().getByRole("button").first().click();
  await page.getByTestId("edit-resend").click();
  await page.getByTestId("resend-editor").fill('{"params": {}}');
  await page.getByTestId("resend-send").click();
  await expect(page.getByTestId("resend-error")).toHaveText('"method" must be a non-empty string');
  await page.keyboard.press("Escape");

  await page.getByTestId("stats-tab").click();
  const echo = page.getByTestId("latency-stats").locator('[data-key="tools/call echo"]');
  await expect(echo).toBeVisible();
  await expect(echo.locator("td").nth(1)).toHaveText("2");
  await expect(echo.getByTestId("latency-p50")).toHaveText(/^\d+(\.\d+)? (ms|s)$/);
  await expect(page.getByTestId("latency-stats").locator('[data-key="initialize"]')).toBeVisible();
});

test("scrolled up with nothing new, Jump to latest still takes the view back to the end", async ({ page }) => {
  inspector = await startInspector([process.execPath, join(repoRoot, "e2e/fixtures/flood-server.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "flood", { count: 300, burst: 100 });
  await expect(page.getByTestId("tool-result")).toContainText("sent 300 notifications");
  const jump = page.getByTestId("jump-to-latest");
  await expect(jump).toHaveCount(0);
  await log(page).hover();
  await page.mouse.wheel(0, -2000);
  await expect(jump).toHaveText("Jump to latest");
  await jump.click();
  await expect(jump).toHaveCount(0);
  await expect(rows(page).filter({ hasText: "result tools/call" }).last()).toBeInViewport();
});

test("scrolling away while a flood streams in leaves the tail: the view stays where the person put it", { tag: "@load" }, async ({ page }) => {
  test.setTimeout(180_000);
  // A steady stream that outlasts the test on a slow machine too: 100 notifications every 25 ms, for
  // 50 s at most (the inspector stops the server when the test ends).
  const N = 200_000;
  inspector = await startInspector([process.execPath, join(repoRoot, "e2e/fixtures/flood-server.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  const count = async () => Number(/^[\d,]+/.exec((await page.getByTestId("log-count").textContent()) ?? "")?.[0].replace(/,/g, "") ?? 0);
  const jump = page.getByTestId("jump-to-latest");
  await callTool(page, "flood", { count: N, burst: 100, pauseMs: 25 });
  await expect.poll(count, { intervals: [20] }).toBeGreaterThan(3_000);

  // The wheel over the log, the way a person scrolls up.
  await log(page).hover();
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -600);
  await expect(jump).toContainText(/Jump to latest \([\d,]+ new\)/);
  const kept = await firstSeq(page);
  await expect.poll(count).toBeGreaterThan((await count()) + 1_000); // more rows arrived meanwhile
  expect(await firstSeq(page)).toBe(kept);

  // Dragging the scrollbar's thumb: straight to the middle, among rows never measured.
  await jump.click();
  await expect(jump).toHaveCount(0);
  await log(page).evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(jump).toBeVisible();
  const dragged = await count();
  await expect.poll(async () => (await firstSeq(page)) < dragged * 0.75).toBe(true);
  const middle = await firstSeq(page);
  await expect.poll(count).toBeGreaterThan(dragged + 1_000);
  expect(await firstSeq(page)).toBe(middle);

  // Back to the tail, which it follows again while the stream goes on.
  await jump.click();
  await expect(jump).toHaveCount(0);
  const atBottom = () => log(page).evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 32);
  await expect.poll(atBottom).toBe(true);
  const following = await count();
  await expect.poll(count).toBeGreaterThan(following + 1_000);
  await expect.poll(atBottom).toBe(true);
  await expect(jump).toHaveCount(0);
});

test("stays responsive with 100,000 notifications and a 10 MB result", { tag: "@load" }, async ({ page }) => {
  test.setTimeout(300_000);
  const N = 100_000;
  inspector = await startInspector([process.execPath, join(repoRoot, "e2e/fixtures/flood-server.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "flood", { count: N, burst: 1000 });
  await expect(page.getByTestId("tool-result")).toContainText(`sent ${N} notifications`, { timeout: 180_000 });
  const floodRows = () => page.evaluate(() => document.querySelector('[data-testid="log-count"]')?.textContent ?? "");
  await expect.poll(floodRows, { timeout: 60_000 }).toMatch(/^1\d\d,\d{3}( of [\d,]+)? rows$/);
  const shown = Number(/^[\d,]+/.exec(await floodRows())![0].replace(/,/g, ""));
  expect(shown).toBeGreaterThan(N);
  // Only a window of rows exists in the DOM.
  expect(await rows(page).count()).toBeLessThan(200);

  // Scroll to the middle: the virtualizer renders rows from there.
  await log(page).evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  // The rows follow the scroll at the next frame: wait for them, rather than read the bottom's rows still there.
  await expect.poll(async () => { const seq = await firstSeq(page); return seq > N / 4 && seq < (3 * N) / 4; }).toBe(true);
  // Not at the bottom any more: new frames do not move the view, a button offers them.
  await callTool(page, "echo", { message: "after the flood" });
  await expect(page.getByTestId("tool-result")).toContainText("after the flood");
  await expect(page.getByTestId("jump-to-latest")).toContainText(/Jump to latest \(\d+ new\)/);
  expect(await firstSeq(page)).toBeLessThan((3 * N) / 4);
  await page.getByTestId("jump-to-latest").click();
  await expect(rows(page).filter({ hasText: "result tools/call" }).last()).toBeInViewport();
  await expect(page.getByTestId("jump-to-latest")).toHaveCount(0);

  // Filter by text, then open the one match.
  await search(page, '"flood line 54321"');
  await expect(rows(page)).toHaveCount(1, { timeout: 30_000 });
  await rows(page).first().getByRole("button").first().click();
  await expect(page.getByTestId("log-detail").getByTestId("json-tree")).toContainText('"flood line 54321"');

  // A 10 MB result: the row summary and the detail stay light; the string shows its start and "show all".
  await page.getByRole("button", { name: "Clear search" }).click();
  await callTool(page, "big", { bytes: 10_000_000 });
  await search(page, "$.result.content[0].text ~ zzz");
  await expect(rows(page)).toHaveCount(1, { timeout: 30_000 });
  await rows(page).first().getByRole("button").first().click();
  const detail = page.getByTestId("log-detail");
  await detail.getByRole("button", { name: "expand $.result.content[0]" }).click();
  await expect(detail.getByTestId("json-show-all")).toContainText("more chars");
  expect(await page.evaluate(() => 1 + 1)).toBe(2);

  // Every frame reached the session file.
  const recorded = readFileSync(inspector.recordPath, "utf8").split("\n").filter((l) => l.includes('"flood line ')).length;
  expect(recorded).toBe(N);
});
