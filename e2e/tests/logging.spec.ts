import { expect, test, type Page } from "@playwright/test";
import { everythingServerPath, startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

let inspector: RunningInspector;
test.afterEach(async () => {
  expect(await inspector.stop()).toBe(0);
});

async function pickOption(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

test.describe("demo server", () => {
  test.beforeEach(async () => {
    inspector = await startInspector([]);
  });

  test("sets the server's level, shows its messages, filters by level and text", async ({ page }) => {
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    await callTool(page, "log_message", { level: "debug", message: "chatty detail" });
    await expect(page.getByTestId("tool-result")).toContainText("Sent a debug message");
    await callTool(page, "log_message", { level: "error", message: "disk on fire", logger: "storage" });
    await expect(page.getByTestId("tool-result")).toContainText("Sent a error message");

    await page.getByRole("tab", { name: "Logging" }).click();
    // The demo server also logs its own start-up (info, logger "lifecycle").
    const entries = page.getByTestId("log-entry");
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(2).getByTestId("log-entry-level")).toHaveText("error");
    await expect(entries.nth(2)).toContainText("[storage]");

    // The view's filter: this level and above.
    await pickOption(page, "Show", "warning and above");
    await expect(entries).toHaveCount(1);
    await expect(entries).toContainText("disk on fire");
    await pickOption(page, "Show", "debug and above");
    await page.getByRole("textbox", { name: "Search log" }).fill("CHATTY");
    await expect(entries).toHaveCount(1);
    await expect(entries).toContainText("chatty detail");
    await page.getByRole("textbox", { name: "Search log" }).fill("");

    // logging/setLevel: the server stops sending what is below it.
    await pickOption(page, "Server log level", "warning");
    await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "logging/setLevel" }).first()).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Server log level" })).toHaveValue("warning");
    await callTool(page, "log_message", { level: "info", message: "now filtered" });
    await expect(page.getByTestId("tool-result")).toContainText('Not sent: info is below the level "warning"');
    await callTool(page, "log_message", { level: "critical", message: "still shown" });
    await expect(page.getByTestId("tool-result")).toContainText("Sent a critical message");
    await page.getByRole("tab", { name: "Logging" }).click();
    await expect(entries).toHaveCount(4);
    await expect(entries.nth(3)).toContainText("still shown");
    await expect(page.getByTestId("logging-count")).toHaveText("4 of 4 messages");
  });

  test("ping shows the round-trip time", async ({ page }) => {
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    await page.getByRole("tab", { name: "Server" }).click();
    await page.getByRole("button", { name: "Ping" }).click();
    await expect(page.getByTestId("ping-result")).toHaveText(/^pong in \d+(\.\d+)? (ms|s)$/);
  });

  test("a list_changed shows a brief 'updated' cue on the tab", async ({ page }) => {
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    await callTool(page, "toggle_extra_tool", {});
    await expect(page.getByTestId("tools-updated")).toBeVisible();
    await expect(page.getByRole("button", { name: /^extra\b/ })).toBeVisible();
    // It fades after a few seconds.
    await expect(page.getByTestId("tools-updated")).toHaveCount(0, { timeout: 10_000 });
  });
});

test.describe("server-everything", () => {
  test.beforeEach(async () => {
    inspector = await startInspector([process.execPath, everythingServerPath, "stdio"]);
  });

  test("its simulated logging respects the level set from the UI", async ({ page }) => {
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    await page.getByRole("tab", { name: "Logging" }).click();
    await pickOption(page, "Server log level", "error");
    await expect(page.getByRole("combobox", { name: "Server log level" })).toHaveValue("error");
    await callTool(page, "toggle-simulated-logging", {});
    await expect(page.getByTestId("tool-result")).toContainText("Started simulated");
    await page.getByRole("tab", { name: "Logging" }).click();
    // Simulated messages read "<Level>-level message"; one every 5 s, sent only when at or above the level.
    const simulated = page.getByTestId("log-entry").filter({ hasText: /level[- ]message/ });
    await expect(simulated.first()).toBeVisible({ timeout: 45_000 });
    const levels = await simulated.getByTestId("log-entry-level").allTextContents();
    for (const level of levels) expect(["error", "critical", "alert", "emergency"]).toContain(level);
  });
});
