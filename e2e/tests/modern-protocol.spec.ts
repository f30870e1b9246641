import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { dualEraServerPath, startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

// The 2026-07-28 surface against a real dual-era server (the demo server on the v2 SDK, served with serveStdio).
let inspector: RunningInspector;
test.afterEach(async () => {
  await inspector.stop();
});

async function open(page: Page, flags: string[] = []): Promise<void> {
  inspector = await startInspector(["--", process.execPath, dualEraServerPath], { flags });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
}

/** Opens the log detail of the last row whose text matches. */
async function openRow(page: Page, name: RegExp): Promise<void> {
  await page.getByRole("button", { name }).last().click();
  await expect(page.getByTestId("log-detail")).toBeVisible();
}

test("auto negotiates 2026-07-28: the Server tab shows the era, the server/discover answer, and reconnects in 2025-11-25", async ({ page }) => {
  await open(page);
  await expect(page.getByTestId("protocol-version")).toHaveText("2026-07-28");
  await page.getByRole("tab", { name: "Server" }).click();
  await expect(page.getByTestId("protocol-era")).toHaveText(/modern era/);
  await expect(page.getByTestId("discover-versions")).toContainText("2026-07-28");
  await expect(page.getByTestId("discover-result")).toContainText('"supportedVersions"');
  await expect(page.getByTestId("server-info-name")).toHaveText("mcp-inspect-demo-v2");
  await expect(page.getByTestId("server-instructions")).toContainText("dual-era demo server");
  await expect(page.getByTestId("ping-unavailable")).toBeVisible();

  await page.getByTestId("protocol-select").click();
  await page.getByRole("option", { name: /^2025-11-25/ }).click();
  await expect(page.getByTestId("protocol-select")).toHaveValue(/^2025-11-25/);
  await page.getByTestId("protocol-reconnect").click();
  await expect(page.getByTestId("protocol-version")).toHaveText("2025-11-25");
  await expect(page.getByTestId("protocol-era")).toHaveText(/legacy era/);
  await expect(page.getByTestId("discover-result")).toHaveCount(0);
  await page.getByRole("button", { name: "Ping" }).click();
  await expect(page.getByTestId("ping-result")).toContainText("pong");
  // The recording has both handshakes: the modern one, then initialize after the restart.
  await inspector.stop();
  const methods = parseSessionFile(readFileSync(inspector.recordPath, "utf8")).frames.flatMap((f) =>
    f.kind === "message" && f.dir === "client->server" && typeof f.msg.method === "string" ? [f.msg.method] : [],
  );
  expect(methods[0]).toBe("server/discover");
  expect(methods).toContain("initialize");
});

test("--protocol 2025-11-25 pins the legacy era from the start", async ({ page }) => {
  await open(page, ["--protocol", "2025-11-25"]);
  await expect(page.getByTestId("protocol-version")).toHaveText("2025-11-25");
  await openRow(page, /client to server initialize/);
  await expect(page.getByTestId("request-envelope")).toHaveCount(0);
});

test("the per-request _meta envelope shows in the log detail, with the log level the Logging tab set", async ({ page }) => {
  await open(page);
  await openRow(page, /client to server tools\/list/);
  await expect(page.getByTestId("envelope-protocol")).toHaveText("2026-07-28");
  await expect(page.getByTestId("envelope-client")).toContainText("mcp-inspect");
  await expect(page.getByTestId("envelope-log-level")).toHaveText("—");

  await page.getByRole("tab", { name: "Logging" }).click();
  await expect(page.getByText("sent in each request's _meta (2026-07-28)")).toBeVisible();
  await page.getByRole("combobox", { name: "Server log level" }).click();
  await page.getByRole("option", { name: "warning", exact: true }).click();
  await callTool(page, "log_message", {});
  await expect(page.getByTestId("tool-result")).toBeVisible();
  await openRow(page, /client to server tools\/call/);
  await expect(page.getByTestId("envelope-log-level")).toHaveText("warning");
  // The server honoured it: only warning and above came back.
  await page.getByRole("tab", { name: "Logging" }).click();
  await expect(page.getByTestId("log-entries")).toContainText("warning");
  await expect(page.getByTestId("log-entries")).not.toContainText(/\binfo\b/);
});

test("a multi-round-trip request is one operation: input_required, the person's answers, the retries, the final result", async ({ page }) => {
  await open(page);
  await callTool(page, "book_trip", {});
  const first = page.getByTestId("client-request").first();
  await expect(first.getByTestId("elicitation-message")).toHaveText("Where to?");
  await first.getByRole("combobox", { name: "Destination" }).click();
  await page.getByRole("option", { name: "Lisbon" }).click();
  await first.getByRole("button", { name: "Accept" }).click();
  const second = page.getByTestId("client-request").filter({ hasText: "Book a trip to Lisbon?" });
  await second.getByLabel(/Book it/).check();
  await second.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByTestId("tool-result")).toContainText('"booked": true');
  await page.keyboard.press("Escape");
  await openRow(page, /client to server tools\/call/);
  const operation = page.getByTestId("operation-links");
  await expect(operation).toContainText("one operation, 3 rounds");
  await expect(operation).toContainText("in all");
  await expect(operation.getByText("final answer ↗")).toBeVisible();
  // The retry echoes the server's requestState unchanged.
  await expect(page.getByTestId("log-detail")).toContainText('"requestState"');
});

test("tasks as the io.modelcontextprotocol/tasks extension: slow_task runs as a task, other calls go on meanwhile, one is cancelled", async ({ page }) => {
  await open(page);
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: /^slow_task\b/ }).click();
  // 2026-07-28 has no per-tool taskSupport: the server declares the extension and decides per call.
  await expect(page.getByTestId("run-as-task")).not.toBeChecked();
  await page.getByTestId("run-as-task").check();
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify({ steps: 8, stepMs: 400 }));
  await page.getByRole("button", { name: "Call tool" }).click();
  const run = page.getByTestId("task-run").first();
  await expect(run).toHaveAttribute("data-status", "working");
  await expect(run.getByTestId("task-status-message")).toContainText(/step \d of 8/);

  // While the task runs, an ordinary call answers.
  await callTool(page, "echo", { message: "while the task runs" });
  await expect(page.getByTestId("tool-result")).toContainText("while the task runs");
  await page.getByRole("button", { name: /^slow_task\b/ }).click();
  await expect(run).toHaveAttribute("data-status", "completed", { timeout: 20_000 });
  await expect(run.getByTestId("task-result")).toContainText("slow_task finished 8 steps");

  await page.getByTestId("run-as-task").check();
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify({ steps: 50, stepMs: 5000 }));
  await page.getByRole("button", { name: "Call tool" }).click();
  const second = page.getByTestId("task-run").first();
  await expect(second).toHaveAttribute("data-status", "working");
  await second.getByRole("button", { name: "Cancel task" }).click();
  await expect(second).toHaveAttribute("data-status", "cancelled");
  await expect(second.getByTestId("task-result")).toHaveCount(0);

  // Asked to run as a task, a server may still answer at once (here: add is never a task); the card says so.
  await page.getByRole("button", { name: /^add\b/ }).click();
  await page.getByTestId("run-as-task").check();
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify({ a: 2, b: 40 }));
  await page.getByRole("button", { name: "Call tool" }).click();
  const immediate = page.getByTestId("task-run").first();
  await expect(immediate).toHaveAttribute("data-status", "answered");
  await expect(immediate).toContainText("answered the call at once instead of creating a task");
  await expect(immediate.getByTestId("task-result")).toContainText("42");

  // The creating call carried the extension in its envelope; tasks/get and tasks/cancel are in the log.
  await page.getByLabel("Search messages").fill('$.method == "tasks/cancel"');
  await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "tasks/cancel" }).first()).toBeVisible();
  await inspector.stop();
  const calls = parseSessionFile(readFileSync(inspector.recordPath, "utf8")).frames.flatMap((f) =>
    f.kind === "message" && f.dir === "client->server" && f.msg.method === "tools/call" ? [f.msg.params as { name: string; _meta: Record<string, unknown> }] : [],
  );
  const declares = (call: { _meta: Record<string, unknown> }) =>
    JSON.stringify(call._meta["io.modelcontextprotocol/clientCapabilities"]).includes("io.modelcontextprotocol/tasks");
  expect(calls.filter((c) => c.name === "slow_task").every(declares)).toBe(true);
  expect(calls.filter((c) => c.name === "echo").some(declares)).toBe(false);
});

test("subscriptions/listen carries resource updates and list changes; its acknowledgement shows", async ({ page }) => {
  await open(page);
  await page.getByRole("tab", { name: "Resources" }).click();
  await page.getByRole("button", { name: /demo:\/\/counter/ }).first().click();
  await page.getByRole("button", { name: /^Subscribe/ }).click();
  await expect(page.getByTestId("listen-ack")).toContainText("resourceSubscriptions [demo://counter]");
  await callTool(page, "touch_resource", {});
  await page.getByRole("tab", { name: "Resources" }).click();
  await expect(page.getByTestId("resource-update").first()).toContainText("demo://counter");
  // A list change arrives on the same stream: the extra tool appears without a manual refresh.
  await callTool(page, "toggle_extra_tool", {});
  await expect(page.getByRole("button", { name: /^extra\b/ })).toBeVisible();
});

test("ttlMs and cacheScope show on lists and reads; a list with ttlMs 0 is fetched again when looked at again", async ({ page }) => {
  await open(page);
  await expect(page.getByTestId("tool-list-header-cache")).toHaveText("fresh for 10 s · public");
  await page.getByRole("tab", { name: "Resources" }).click();
  await expect(page.getByTestId("resource-list-header-cache")).toHaveText("fresh for 5 s · private");
  await page.getByRole("button", { name: /demo:\/\/readme/ }).first().click();
  await expect(page.getByTestId("read-cache")).toContainText("fresh for 60 s · public");
  // Past the 5 s of resources/list, coming back to the tab asks again; within the 10 s of tools/list, it does not.
  const count = (method: string) => page.getByRole("button", { name: new RegExp(`client to server ${method.replace("/", "\\/")} #`) }).count();
  expect(await count("resources/list")).toBe(1);
  await page.waitForTimeout(5500);
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("tab", { name: "Resources" }).click();
  await expect.poll(() => count("resources/list")).toBe(2);
});


test("over Streamable HTTP: 2026-07-28 by default, the Mcp-Method/Mcp-Name headers in the HTTP facts, no header finding", async ({ page }) => {
  const server = spawn(process.execPath, [dualEraServerPath, "--http", "0"], { stdio: ["pipe", "ignore", "pipe"] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = "";
      server.stderr!.on("data", (chunk) => {
        seen += chunk;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(seen);
        if (match) resolve(match[1]!);
      });
      server.once("exit", (code) => reject(new Error(`the dual-era HTTP server exited (${code}): ${seen}`)));
    });
    inspector = await startInspector(["--url", url]);
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    await expect(page.getByTestId("protocol-version")).toHaveText("2026-07-28");
    await callTool(page, "add", { a: 2, b: 3 });
    await expect(page.getByTestId("tool-result")).toContainText("5");
    await page.getByRole("tab", { name: "Server" }).click();
    await expect(page.getByTestId("http-protocol-version")).toHaveText("2026-07-28");
    await expect(page.getByTestId("http-routing")).toContainText("mcp-method: ");
    await expect(page.getByTestId("http-routing")).toContainText("mcp-name: ");
    // The headers agree with the bodies: the checker finds nothing at the HTTP level.
    await inspector.stop();
    const findings = parseSessionFile(readFileSync(inspector.recordPath, "utf8")).frames.filter((f) => f.kind === "check" && String(f.rule).startsWith("http/"));
    expect(findings).toEqual([]);
  } finally {
    server.kill("SIGKILL");
  }
});
