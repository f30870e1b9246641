// Tool results in real Chromium against the demo server: progress, cancel, timeouts, content types,
// output-schema checks, errors and the per-tool call history.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

let inspector: RunningInspector;
test.beforeEach(async ({ page }) => {
  inspector = await startInspector([]); // the bundled demo server
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Tools" }).click();
});
test.afterEach(async () => {
  expect(await inspector.stop()).toBe(0);
});

async function selectTool(page: Page, name: string) {
  await page.getByRole("button", { name: new RegExp(`^${name}\\b`) }).first().click();
}

/** Calls the selected tool with its default arguments. */
async function callDefaults(page: Page) {
  await page.getByRole("button", { name: "Call tool" }).click();
}

function sessionMessages(path: string) {
  return parseSessionFile(readFileSync(path, "utf8")).frames.flatMap((f) => (f.kind === "message" ? [f] : []));
}

test("a slow call shows moving progress, and Cancel stops it on the server", async ({ page }) => {
  await callTool(page, "slow_task", { steps: 30, delayMs: 1000 }); // long enough that Cancel lands before the end on a slow machine too
  const progress = page.getByTestId("call-progress");
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/Step \d+ of 30/);
  const first = Number(await progress.getAttribute("data-progress"));
  await expect.poll(async () => Number(await progress.getAttribute("data-progress"))).toBeGreaterThan(first);

  await page.getByRole("button", { name: "Cancel", exact: true }).click();
  const result = page.getByTestId("tool-result");
  await expect(result).toHaveAttribute("data-status", "cancelled");
  await expect(result).toContainText("Cancelled");
  await expect(page.getByTestId("rpc-error")).toHaveCount(0);
  await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "notifications/cancelled" }).first()).toBeVisible();
  // The server saw it: it stops early and logs a warning (its response is dropped, so the log is the trace).
  await expect
    .poll(() => sessionMessages(inspector.recordPath).some((f) => f.msg.method === "notifications/message" && JSON.stringify(f.msg.params).includes("slow_task cancelled after")))
    .toBe(true);
  await expect(page.getByTestId("call-history-entry").first()).toHaveAttribute("data-status", "cancelled");
});

test("a call past the maximum total time times out, distinct from errors", async ({ page }) => {
  await selectTool(page, "slow_task");
  await page.getByRole("button", { name: "Timeouts" }).click();
  await page.getByLabel("Maximum total time (s)").fill("1");
  await page.keyboard.press("Escape");
  await callDefaults(page);
  const result = page.getByTestId("tool-result");
  await expect(result).toHaveAttribute("data-status", "timed-out");
  await expect(result).toContainText("Timed out after 1 s");
  await expect(page.getByTestId("rpc-error")).toHaveCount(0);
  // The server is told to stop (the SDK itself does not, for this limit).
  await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "notifications/cancelled" }).first()).toBeVisible();
});

test("renders image and audio content, and the tool's icon", async ({ page }) => {
  await expect(page.getByRole("button", { name: /^get_image\b/ }).getByTestId("tool-icon")).toBeVisible();
  await selectTool(page, "get_image");
  await callDefaults(page);
  const result = page.getByTestId("tool-result");
  await expect(result).toContainText("image image/png");
  const img = result.locator("img");
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  await expect(result).toContainText("for user"); // the block's annotations.audience

  await selectTool(page, "get_audio");
  await callDefaults(page);
  await expect(page.getByTestId("tool-result").locator("audio[controls]")).toHaveCount(1);
});

test("reads a resource_link on click and shows it inline", async ({ page }) => {
  await selectTool(page, "get_resource_links");
  await callDefaults(page);
  const result = page.getByTestId("tool-result");
  await result.getByRole("button", { name: "README" }).click();
  await expect(result.getByTestId("resource-result").first()).toContainText("This server exists to exercise");
  // The embedded text/markdown resource is rendered as Markdown.
  await expect(result.locator('[data-kind="resource"]').getByTestId("content-markdown").getByRole("heading", { name: "mcp-inspect demo server" })).toBeVisible();
});

test("flags structuredContent that breaks the output schema, and not a valid one", async ({ page }) => {
  await selectTool(page, "bad_structured_output");
  await callDefaults(page);
  const flag = page.getByTestId("output-schema-mismatch");
  await expect(flag).toBeVisible();
  await expect(flag).toContainText("/sum");
  await expect(flag).toContainText("must be number");

  await callTool(page, "add", { a: 2, b: 3 });
  await expect(page.getByTestId("structured-content")).toContainText('"sum": 5');
  await expect(page.getByTestId("output-schema-valid")).toBeVisible();
  await expect(page.getByTestId("output-schema-mismatch")).toHaveCount(0);
});

test("tells a tool error from a JSON-RPC error", async ({ page }) => {
  await selectTool(page, "fail");
  await callDefaults(page);
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "tool-error");
  await expect(page.getByTestId("tool-result")).toContainText("Tool error");

  await selectTool(page, "throw_error");
  await callDefaults(page);
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "rpc-error");
  await expect(page.getByTestId("rpc-error")).toContainText("JSON-RPC error -32000");
});

test("keeps a per-tool history: newest first, re-runnable, viewable", async ({ page }) => {
  await selectTool(page, "get_audio");
  const entries = page.getByTestId("call-history-entry");
  await callDefaults(page);
  await expect(entries).toHaveCount(1);
  await callDefaults(page);
  await expect(entries).toHaveCount(2);
  await entries.nth(1).getByRole("button", { name: "Run again" }).click();
  await expect(entries).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(entries.nth(i)).toHaveAttribute("data-status", "ok");

  // Another tool has its own history; coming back shows this one's again.
  await selectTool(page, "fail");
  await callDefaults(page);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toHaveAttribute("data-status", "tool-error");
  await selectTool(page, "get_audio");
  await expect(entries).toHaveCount(3);

  // Viewing an old call shows its result.
  await entries.nth(2).getByRole("button", { name: /^Show the call of/ }).click();
  await expect(entries.nth(2)).toHaveAttribute("data-selected", "true");
  await expect(page.getByTestId("tool-result")).toContainText("audio audio/wav");
  await expect(page.getByRole("button", { name: "Back to the latest call" })).toBeVisible();
});
