import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { repoRoot, startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  expect(await inspector?.stop()).toBe(0);
  inspector = undefined;
});

test("one tool with a broken inputSchema: the others are listed, it is marked with its parse error and linked to its findings", async ({ page }) => {
  inspector = await startInspector([process.execPath, join(repoRoot, "e2e/fixtures/one-broken-tool.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Tools" }).click();
  const entries = page.getByTestId("tool-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("alpha");
  await expect(entries.nth(2)).toContainText("gamma");
  await expect(entries.nth(1)).toContainText("broken");
  await expect(entries.nth(1).getByTestId("tool-broken")).toBeVisible();
  await expect(page.getByTestId("tool-broken")).toHaveCount(1);

  await entries.nth(1).click();
  await expect(page.getByTestId("tool-broken-reason")).toContainText("inputSchema.required");
  await page.getByTestId("tool-broken-findings").click();
  await expect(page.getByTestId("checks-tab")).toHaveAttribute("aria-selected", "true");

  // The tools that parse work as ever.
  await entries.nth(0).click();
  await expect(page.getByTestId("tool-broken-reason")).toHaveCount(0);
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("called alpha");
});
