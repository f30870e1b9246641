import { expect, test, type Page } from "@playwright/test";
import { startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  expect(await inspector?.stop()).toBe(0);
  inspector = undefined;
});

const rows = (page: Page) => page.getByTestId("message-log").getByTestId("log-row");

test("a log row keeps its method whole when chips crowd it; the chips yield", async ({ page }) => {
  // The log panel dragged to its narrowest (the width it remembers): the method, id, progress chip,
  // duration and tool link cannot all fit.
  await page.addInitScript(() => localStorage.setItem("mcp-inspect.log-width", "320"));
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "slow_task", { steps: 3, delayMs: 50 });
  await expect(page.getByTestId("tool-result")).toContainText("Finished 3 steps");
  const request = rows(page).filter({ has: page.getByTestId("row-progress") });
  await expect(request).toHaveCount(1);
  const label = request.locator("[class*=label]").first();
  await expect(label).toHaveText("tools/call");
  expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth), "the method is cut off").toBe(true);
  // Every row's method is whole, the result rows' longer ones too.
  for (const method of await rows(page).locator("[class*=label]").all()) {
    expect(await method.evaluate((el) => el.scrollWidth <= el.clientWidth), `cut off: ${await method.textContent()}`).toBe(true);
  }
});

test("the result card and the log each say which duration they show", async ({ page }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "timed" });
  await expect(page.getByTestId("tool-duration")).toContainText("round trip in the browser");
  await expect(page.getByTestId("tool-duration")).toHaveAttribute("title", /measured in this page/i);
  const request = rows(page).filter({ hasText: "tools/call" }).first();
  await expect(request.getByTestId("row-duration")).toHaveAttribute("title", /at the server's pipe/i);
});
