import { expect, test } from "@playwright/test";
import { demoServerPath, startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
});

test("tools follow nextCursor to the end, or show one page at a time", async ({ page }) => {
  inspector = await startInspector([process.execPath, demoServerPath, "--page-size", "5"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  const header = page.getByTestId("tool-list-header");
  const entries = page.getByTestId("tool-entry");
  // All pages by default: every tool of the demo server, though it pages by 5.
  await expect(entries).toHaveCount(19);

  await header.getByRole("switch", { name: "Page by page" }).click();
  await expect(entries).toHaveCount(5);
  await expect(header).toContainText("page 1");
  await header.getByRole("button", { name: "Next" }).click();
  await expect(header).toContainText("page 2");
  await expect(entries).toHaveCount(5);
  await expect(entries.first()).not.toContainText(/^echo/);
  await header.getByRole("button", { name: "Previous" }).click();
  await expect(entries.first()).toContainText("echo");
});
