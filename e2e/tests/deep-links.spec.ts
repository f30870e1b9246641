import { expect, test, type Page } from "@playwright/test";
import { startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  expect(await inspector?.stop()).toBe(0);
  inspector = undefined;
});

const rows = (page: Page) => page.getByTestId("message-log").getByTestId("log-row");
const toolEntry = (page: Page, name: string) => page.getByTestId("tool-entry").filter({ has: page.getByText(name, { exact: true }) });

test("a reload comes back to the open tool, the selected log row and the log search; the token stays out of the address bar", async ({ page }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");

  await page.getByRole("tab", { name: "Tools" }).click();
  await toolEntry(page, "echo").click();
  await expect(page.getByRole("heading", { name: "echo" })).toBeVisible();

  await page.getByLabel("Search messages").fill("tools/list");
  await expect(rows(page).first()).toBeVisible();
  const row = rows(page).filter({ hasText: "result tools/list" }).first();
  const seq = await row.getAttribute("data-seq");
  await row.getByRole("button").first().click();
  await expect(page.getByTestId("log-detail")).toHaveAttribute("data-seq", seq!);

  // The address bar names all of it, and not the token.
  await expect.poll(() => new URL(page.url()).hash).toContain(`row=${seq}`);
  const hash = new URL(page.url()).hash;
  expect(hash).toContain("server=s1");
  expect(hash).toContain("tab=tools");
  expect(hash).toContain("tool=echo");
  expect(hash).toContain("q=tools%2Flist");
  expect(page.url()).not.toContain(inspector.token);

  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(toolEntry(page, "echo")).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("heading", { name: "echo" })).toBeVisible();
  await expect(page.getByLabel("Search messages")).toHaveValue("tools/list");
  await expect(page.getByTestId("log-detail")).toHaveAttribute("data-seq", seq!);
  await expect(page.getByTestId("message-log").locator("[data-selected]")).toHaveAttribute("data-seq", seq!);
  expect(page.url()).not.toContain(inspector.token);
});

test("the log's filters survive a reload", async ({ page }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByTestId("log-filters").click();
  await page.getByTestId("filter-errors").click();
  await page.getByTestId("filter-direction").getByText("← to client").click();
  // Both choices are in the address bar before the reload (each is written as it is made).
  await expect.poll(() => new URL(page.url()).hash).toContain("errors=1");
  await expect.poll(() => new URL(page.url()).hash).toContain("dir=");
  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByTestId("log-filters").click();
  await expect(page.getByTestId("filter-errors")).toBeChecked();
  await expect(page.getByTestId("filter-direction").getByRole("radio", { name: "← to client" })).toBeChecked();
});

test("a link pasted without the token asks for it, then opens the resource it names", async ({ page, browser }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Resources" }).click();
  await page.getByTestId("resource-entry").filter({ hasText: "Configuration" }).click();
  await expect(page.getByTestId("resource-text")).toContainText('"pagination": true');
  await expect.poll(() => new URL(page.url()).hash).toContain("resource=demo");
  const link = page.url();
  expect(link).not.toContain(inspector.token);

  // Another browser profile: nothing remembered, as when the link is pasted elsewhere.
  const other = await browser.newContext();
  const pasted = await other.newPage();
  await pasted.goto(link);
  await expect(pasted.getByTestId("token-screen")).toBeVisible();
  await pasted.getByTestId("token-input").fill(inspector.url);
  await pasted.getByTestId("token-submit").click();
  await expect(pasted.getByTestId("connection-state")).toHaveText("ready");
  await expect(pasted.getByRole("tab", { name: "Resources" })).toHaveAttribute("aria-selected", "true");
  await expect(pasted.getByTestId("resource-entry").filter({ hasText: "Configuration" })).toHaveAttribute("aria-current", "true");
  await expect(pasted.getByTestId("resource-text")).toContainText('"pagination": true');
  expect(pasted.url()).not.toContain(inspector.token);
  await other.close();
});
