import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { everythingServerPath, startInspector, tempDir, type RunningInspector } from "./inspector";

// Tasks (2025-11-25, experimental) against server-everything's simulate-research-query (taskSupport: required).
let inspector: RunningInspector;
test.afterEach(async () => {
  await inspector.stop();
});

async function runTask(scope: Page | Locator, args: unknown) {
  await scope.getByTestId("args-mode").getByText("JSON").click();
  await scope.getByLabel("Arguments (JSON)").fill(JSON.stringify(args));
  await scope.getByRole("button", { name: "Call tool" }).click();
}

test("runs a tool as a task to completion, cancels another, lists them", async ({ page }) => {
  inspector = await startInspector(["--", process.execPath, everythingServerPath, "stdio"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("button", { name: /^simulate-research-query\b/ }).click();
  // Required by the tool: the switch is on and cannot be turned off.
  await expect(page.getByTestId("run-as-task")).toBeChecked();
  await expect(page.getByTestId("run-as-task")).toBeDisabled();

  await runTask(page, { topic: "tide pools" });
  const first = page.getByTestId("task-run").first();
  await expect(first.getByTestId("task-status")).toHaveText("working");
  await expect(first.getByTestId("task-status-message")).toContainText("...");
  await expect(first).toHaveAttribute("data-status", "completed", { timeout: 20_000 });
  await expect(first.getByTestId("task-result")).toContainText("Research Report: tide pools");

  // Ambiguous, so it waits for an answer (input_required) and cannot finish before the cancel lands.
  await runTask(page, { topic: "to be cancelled", ambiguous: true });
  const second = page.getByTestId("task-run").first();
  await expect(second.getByTestId("task-status")).toHaveText("input_required", { timeout: 20_000 });
  await second.getByRole("button", { name: "Cancel task" }).click();
  await expect(second).toHaveAttribute("data-status", "cancelled");
  await expect(second.getByTestId("task-result")).toHaveCount(0);

  await page.getByRole("button", { name: "List the server's tasks" }).click();
  await expect(page.getByTestId("tasks-list").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("tasks-list")).toContainText("cancelled");
  await expect(page.getByTestId("tasks-list")).toContainText("completed");
  // The log is virtual: early rows (tasks/result) leave the DOM once polls push them up, so search.
  const log = page.getByTestId("message-log");
  for (const method of ["tasks/get", "tasks/result", "tasks/cancel", "tasks/list"]) {
    await page.getByLabel("Search messages").fill(`$.method == "${method}"`);
    await expect(log.getByTestId("log-row").filter({ hasText: method }).first()).toBeVisible();
  }
});

test("a task that needs input asks through the Requests drawer, then completes", async ({ page }) => {
  inspector = await startInspector(["--", process.execPath, everythingServerPath, "stdio"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("button", { name: /^simulate-research-query\b/ }).click();
  await runTask(page, { topic: "python", ambiguous: true });
  const run = page.getByTestId("task-run").first();
  await expect(run).toHaveAttribute("data-status", "input_required", { timeout: 20_000 });
  const request = page.getByTestId("client-request").first();
  await expect(request).toHaveAttribute("data-kind", "elicitation");
  await request.getByRole("button", { name: "Decline" }).click();
  await expect(run).toHaveAttribute("data-status", "completed", { timeout: 20_000 });
  await expect(run.getByTestId("task-result")).toContainText("User declined");
});

test("two servers with the same name and the same task ids: each tab shows only its own task runs", async ({ page }) => {
  const config = join(tempDir(), ".mcp.json");
  const everything = { command: process.execPath, args: [everythingServerPath, "stdio"] };
  writeFileSync(config, JSON.stringify({ mcpServers: { first: everything, second: everything } }));
  inspector = await startInspector([], { flags: ["--config", config, "--server", "first"] });
  await page.goto(inspector.url);
  const view = (id: string) => page.locator(`[data-testid="server-view"][data-server-id="${id}"]`);
  const first = view("s1");
  await expect(first.getByTestId("connection-state")).toHaveText("ready");
  await first.getByRole("button", { name: /^simulate-research-query\b/ }).click();
  await runTask(first, { topic: "only in the first tab" });
  await expect(first.getByTestId("task-run").first()).toHaveAttribute("data-status", "completed", { timeout: 20_000 });

  await page.getByRole("button", { name: "Add server" }).click();
  await page.getByTestId("add-server-menu").getByTestId("add-server-item").filter({ hasText: "second" }).click();
  const second = view("s2");
  await expect(second.getByTestId("connection-state")).toHaveText("ready");
  await second.getByRole("button", { name: /^simulate-research-query\b/ }).click();
  await expect(second.getByTestId("run-as-task")).toBeChecked();
  await expect(second.getByTestId("task-run")).toHaveCount(0);
  await runTask(second, { topic: "only in the second tab" });
  await expect(second.getByTestId("task-run")).toHaveCount(1);
  await expect(second.getByTestId("task-run").first()).toHaveAttribute("data-status", "completed", { timeout: 20_000 });
  await expect(second.getByTestId("task-result")).toContainText("only in the second tab");

  await page.getByRole("tab", { name: "first", exact: true }).click();
  await expect(first.getByTestId("task-run")).toHaveCount(1);
  await expect(first.getByTestId("task-result")).toContainText("only in the first tab");
});
