import { expect, test, type Page } from "@playwright/test";
import { everythingServerPath, startInspector, type RunningInspector } from "./inspector";

// Tasks (2025-11-25, experimental) against server-everything's simulate-research-query (taskSupport: required).
let inspector: RunningInspector;
test.afterEach(async () => {
  await inspector.stop();
});

async function runTask(page: Page, args: unknown) {
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify(args));
  await page.getByRole("button", { name: "Call tool" }).click();
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
  const log = page.getByTestId("message-log");
  for (const method of ["tasks/get", "tasks/result", "tasks/cancel", "tasks/list"]) {
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
