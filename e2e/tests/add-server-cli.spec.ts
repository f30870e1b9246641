import { expect, test } from "@playwright/test";
import { demoServerPath, startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  expect(await inspector?.stop()).toBe(0);
  inspector = undefined;
});

test("a plain command target offers Add server: a second instance of the command line's target", async ({ page }) => {
  inspector = await startInspector([process.execPath, demoServerPath]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  // One server, one launcher: no tabs yet, but the menu is there.
  await expect(page.getByTestId("server-tabs")).toHaveCount(0);
  await page.getByRole("button", { name: "Add server" }).click();
  const item = page.getByTestId("add-server-menu").getByTestId("add-server-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("server.js");
  await item.click();
  // Now two tabs, the second its own running instance.
  // (Each server's view has its own header; the hidden one's tabs do not count.)
  await expect(page.getByTestId("server-tab").filter({ visible: true })).toHaveCount(2);
  await expect(page.getByRole("tab", { name: "server.js (2)" }).filter({ visible: true })).toHaveAttribute("aria-selected", "true");
  const second = page.locator('[data-testid="server-view"][data-server-id="s2"]');
  await expect(second.getByTestId("connection-state")).toHaveText("ready");
});
