import { expect, test, type Page } from "@playwright/test";
import { startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  expect(await inspector?.stop()).toBe(0);
  inspector = undefined;
});

const rows = (page: Page) => page.getByTestId("message-log").getByTestId("log-row");
const seqOf = async (page: Page, index: number) => (await rows(page).nth(index).getAttribute("data-seq"))!;

async function demo(page: Page) {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
}

test("the arrow keys move through the tools, Enter opens one, Esc closes it", async ({ page }) => {
  await demo(page);
  await page.getByRole("tab", { name: "Tools" }).click();
  const entries = page.getByTestId("tool-entry");
  await expect(entries.nth(3)).toBeVisible();
  const count = await entries.count();
  await entries.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(entries.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(entries.nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(entries.nth(1)).toHaveAttribute("aria-current", "true");
  const name = (await entries.nth(1).locator(".mono").first().textContent())!;
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  await page.keyboard.press("End");
  await expect(entries.nth(count - 1)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(entries.first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator('[data-testid="tool-entry"][aria-current]')).toHaveCount(0);
  await expect(page.getByText("Select a tool to call it.")).toBeVisible();
});

test("the arrow keys select log rows, Esc closes the detail and Enter opens it again", async ({ page }) => {
  await demo(page);
  await expect(rows(page).nth(3)).toBeVisible();
  await rows(page).first().getByRole("button").first().click();
  const detail = page.getByTestId("log-detail");
  await expect(detail).toHaveAttribute("data-seq", await seqOf(page, 0));
  await page.keyboard.press("ArrowDown");
  await expect(detail).toHaveAttribute("data-seq", await seqOf(page, 1));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(detail).toHaveAttribute("data-seq", await seqOf(page, 2));
  await expect(page.getByTestId("message-log").locator("[data-selected]")).toHaveAttribute("data-seq", await seqOf(page, 2));
  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(detail).toHaveAttribute("data-seq", await seqOf(page, 2));
  await page.keyboard.press("Home");
  await expect(detail).toHaveAttribute("data-seq", await seqOf(page, 0));
});

test("/ and Ctrl+K search the log, ? lists every shortcut", async ({ page }) => {
  await demo(page);
  const search = page.getByLabel("Search messages");
  await page.getByRole("tab", { name: "Tools" }).focus();
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  // In the box, / is text.
  await page.keyboard.type("tools/list");
  await expect(search).toHaveValue("tools/list");
  await page.getByTestId("checks-tab").click();
  await page.keyboard.press("Control+K");
  await expect(page.getByRole("tab", { name: /^Messages/ })).toHaveAttribute("aria-selected", "true");
  await expect(search).toBeFocused();

  await page.getByRole("tab", { name: "Tools" }).focus();
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId("shortcut").filter({ hasText: "Search the message log" })).toHaveCount(2);
  await expect(sheet.getByTestId("shortcut").filter({ hasText: "Close the detail" })).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
});
