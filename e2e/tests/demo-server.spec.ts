import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

let inspector: RunningInspector;
test.beforeEach(async () => {
  inspector = await startInspector([]); // no target: the bundled demo server
});
test.afterEach(async () => {
  expect(await inspector.stop()).toBe(0);
});

test("shows the demo server, calls a tool, and logs every frame", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("server-name")).toContainText("mcp-inspect-demo");

  await callTool(page, "echo", { message: "hello from the browser" });
  await expect(page.getByTestId("tool-result")).toContainText("hello from the browser");

  const log = page.getByTestId("message-log");
  await expect(log.getByTestId("log-row").filter({ hasText: "initialize" }).first()).toBeVisible();
  await expect(log.getByTestId("log-row").filter({ hasText: "tools/call" }).first()).toBeVisible();
  await expect(log.getByTestId("log-row").filter({ hasText: "tools/list" }).first()).toBeVisible();

  await page.getByRole("tab", { name: "stderr" }).click();
  await expect(page.getByTestId("stderr-log")).toContainText("mcp-inspect demo server ready on stdio");

  // The session file holds the same exchange, in order.
  const session = parseSessionFile(readFileSync(inspector.recordPath, "utf8"));
  const methods = session.frames.flatMap((f) => (f.kind === "message" && f.dir === "client->server" && typeof f.msg.method === "string" ? [f.msg.method] : []));
  // auto mode: the server/discover probe (the 1.x demo server answers -32601), then the 2025 handshake.
  expect(methods.slice(0, 3)).toEqual(["server/discover", "initialize", "notifications/initialized"]);
  expect(methods).toContain("tools/call");
});

test("survives a server that prints junk on stdout, and shows it as such", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "write_stdout_noise", {});
  const noise = page.getByTestId("log-row").filter({ hasText: "stdout (not JSON-RPC)" });
  await expect(noise.first()).toBeVisible();
  await expect(noise.first()).toContainText("write logs to stderr");
  expect(inspector.stderr()).toContain("server printed non-JSON on stdout");

  await callTool(page, "echo", { message: "still alive" });
  await expect(page.getByTestId("tool-result")).toContainText("still alive");
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
});

test("shows an erroring tool as a tool error, and a crash with its exit code; Restart brings it back", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "fail", {});
  await expect(page.getByTestId("tool-result")).toContainText("Tool error");

  await callTool(page, "crash", { code: 7 });
  await expect(page.getByTestId("connection-state")).toHaveText("exited");
  await expect(page.getByTestId("connection-problem")).toContainText("code 7");

  await page.getByRole("button", { name: "Restart server" }).first().click();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "after restart" });
  await expect(page.getByTestId("tool-result")).toContainText("after restart");
});

test("lists every page of resources, and refreshes tools on list_changed", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Resources" }).click();
  // The demo server pages resources/list by 10; the UI follows nextCursor to the end.
  const lists = page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "resources/list" });
  await expect(lists).not.toHaveCount(0);
  await expect.poll(async () => lists.count()).toBeGreaterThanOrEqual(3);

  await page.getByRole("tab", { name: "Tools" }).click();
  await expect(page.getByRole("button", { name: /^extra\b/ })).toHaveCount(0);
  await callTool(page, "toggle_extra_tool", {});
  await expect(page.getByRole("button", { name: /^extra\b/ })).toBeVisible();
});

test("keeps the log across a reload, and switches theme", async ({ page }) => {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "before reload" });
  await expect(page.getByTestId("tool-result")).toContainText("before reload");
  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("log-row").filter({ hasText: "tools/call" }).first()).toBeVisible();

  const html = page.locator("html");
  const before = await html.getAttribute("data-mantine-color-scheme");
  await page.getByRole("button", { name: "Toggle color scheme" }).click();
  await expect(html).not.toHaveAttribute("data-mantine-color-scheme", before ?? "");
});
