// Faults of the target server, in real Chromium with the real CLI: the inspector keeps running, the
// UI says what happened, and the session file keeps every frame. Servers: e2e/fixtures/faulty-servers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parseSessionFile, type Frame } from "@mcp-inspect/core";
import { isAlive, repoRoot, startInspector, type RunningInspector } from "./inspector";

const faulty = (name: string) => [process.execPath, join(repoRoot, "e2e/fixtures/faulty-servers", name)];

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
});

async function open(page: Page, server: string) {
  inspector = await startInspector(faulty(server));
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Tools" }).click();
}

async function call(page: Page, tool: string) {
  await page.getByRole("button", { name: new RegExp(`^${tool}\\b`) }).first().click();
  await page.getByRole("button", { name: "Call tool" }).click();
}

function recorded(path: string) {
  return parseSessionFile(readFileSync(path, "utf8"));
}

function pidsOf(frames: Frame[]): number[] {
  return frames.flatMap((f) => (f.kind === "process" && f.event === "spawn" ? [f.pid] : []));
}

/** How long the page takes to run a task and paint: a frozen page takes seconds. */
async function responsiveness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    return new Promise<number>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve(performance.now() - start)), 0));
  });
}

test("a crash mid-call: the call says the server exited with its code, the stderr tail shows, Restart works", async ({ page }) => {
  await open(page, "crash-mid-call.mjs");
  await call(page, "crash");
  await expect(page.getByTestId("connection-state")).toHaveText("exited");
  const problem = page.getByTestId("connection-problem");
  await expect(problem).toContainText("exited with code 7");
  await expect(page.getByTestId("connection-problem-stderr")).toContainText("fatal: the cheese ran out while calling crash");

  await page.getByTestId("connection-problem-restart").click();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  // The Tools panel hides while no server runs; the failed call is in the tool's history.
  await page.getByRole("button", { name: /^crash\b/ }).first().click();
  const entry = page.getByTestId("call-history-entry").first();
  await expect(entry).toHaveAttribute("data-status", "rpc-error");
  await entry.getByRole("button", { name: /^Show the call of/ }).click();
  await expect(page.getByTestId("rpc-error")).toContainText("server exited with code 7");
  await expect(page.getByTestId("rpc-error")).not.toContainText("Connection closed");
  await call(page, "echo");
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "ok");
});

test("a call never answered: the timeout fires, and Cancel stops a call in flight", async ({ page }) => {
  await open(page, "never-answers-call.mjs");
  await page.getByRole("button", { name: /^hang\b/ }).first().click();
  await page.getByRole("button", { name: "Timeouts" }).click();
  await page.getByLabel("Timeout (s)").fill("1");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Call tool" }).click();
  const result = page.getByTestId("tool-result");
  await expect(result).toHaveAttribute("data-status", "timed-out");
  await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "notifications/cancelled" })).toHaveCount(1);

  await page.getByRole("button", { name: "Timeouts" }).click();
  await page.getByLabel("Timeout (s)").fill("60");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Call tool" }).click();
  await page.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(result).toHaveAttribute("data-status", "cancelled");
  await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "notifications/cancelled" })).toHaveCount(2);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
});

test("a 50 MiB line is recorded intact and the page stays responsive", { tag: "@load" }, async ({ page }) => {
  test.setTimeout(150_000);
  await open(page, "huge-line.mjs");
  await call(page, "huge");
  await expect(page.getByTestId("tool-result")).toHaveAttribute("data-status", "ok", { timeout: 60_000 });
  expect(await responsiveness(page)).toBeLessThan(1000);
  const { frames, warnings } = recorded(inspector!.recordPath);
  expect(warnings).toEqual([]);
  const huge = frames.find((f) => f.kind === "message" && f.dir === "server->client" && JSON.stringify(f.msg).length > 50 * 1024 * 1024);
  expect(huge?.kind === "message" && huge.bytes).toBe(huge?.kind === "message" && Buffer.byteLength(JSON.stringify(huge.msg)));
  expect(huge?.kind === "message" && (huge.msg.result as { content: { text: string }[] }).content[0]!.text.length).toBe(50 * 1024 * 1024);
  await page.getByRole("tab", { name: "Tools" }).click();
  expect(await responsiveness(page)).toBeLessThan(1000);
});

test("10,000 notifications a second for 5 s: the page stays usable and the session file has every one", { tag: "@load" }, async ({ page }) => {
  test.setTimeout(150_000);
  await open(page, "notification-storm.mjs");
  await call(page, "storm");
  // Mid-storm the page still answers: a paint within a second, and the log's search box takes input.
  await page.waitForTimeout(2000);
  expect(await responsiveness(page)).toBeLessThan(1000);
  const search = page.getByRole("textbox", { name: "Search messages" });
  await search.fill("storm");
  await expect(search).toHaveValue("storm");
  expect(await responsiveness(page)).toBeLessThan(1000);
  await expect(page.getByTestId("tool-result")).toContainText("sent 50000", { timeout: 90_000 });
  expect(await responsiveness(page)).toBeLessThan(1000);
  const { frames, warnings } = recorded(inspector!.recordPath);
  expect(warnings).toEqual([]);
  const numbers = frames.flatMap((f) => (f.kind === "message" && f.msg.method === "notifications/message" ? [(f.msg.params as { data: { n: number } }).data.n] : []));
  expect(numbers.length).toBe(50_000);
  expect(numbers.every((n, i) => n === i + 1)).toBe(true);
});

test("invalid UTF-8 and binary junk on stdout: noise rows, and the server keeps working", async ({ page }) => {
  await open(page, "binary-junk.mjs");
  await call(page, "junk");
  await expect(page.getByTestId("tool-result")).toContainText("survived");
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  expect(recorded(inspector!.recordPath).frames.filter((f) => f.kind === "stdout-noise" && f.invalidUtf8)).toHaveLength(4);
});

test("stdout closed while the process runs: the UI and the terminal say so, and Restart works", async ({ page }) => {
  await open(page, "closes-stdout.mjs");
  await call(page, "close-stdout");
  await expect(page.getByTestId("connection-problem")).toContainText("closed its stdout but is still running");
  await expect.poll(() => inspector!.stderr()).toContain("closed its stdout but is still running");
  await page.getByTestId("connection-problem-restart").click();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
});

test("Ctrl-C stops a server that ignores SIGTERM, and the children a server forked", async () => {
  inspector = await startInspector(faulty("ignores-sigterm.mjs"));
  await expect.poll(() => recorded(inspector!.recordPath).frames.some((f) => f.kind === "stderr" && f.text.startsWith("ignores-sigterm pid"))).toBe(true);
  const [stubborn] = pidsOf(recorded(inspector.recordPath).frames);
  expect(await inspector.stop()).toBe(0);
  expect(isAlive(stubborn!)).toBe(false);
  expect(recorded(inspector.recordPath).frames.at(-1)).toMatchObject({ kind: "process", event: "exit", signal: "SIGKILL" });

  inspector = await startInspector(faulty("forks-children.mjs"));
  const children = () => recorded(inspector!.recordPath).frames.flatMap((f) => (f.kind === "stderr" && f.text.startsWith("child ") ? [Number(f.text.slice(6))] : []));
  await expect.poll(() => children().length).toBe(2);
  expect(children().every(isAlive)).toBe(true);
  expect(await inspector.stop()).toBe(0);
  await expect.poll(() => children().filter(isAlive), { timeout: 3000 }).toEqual([]);
});

test("mcp-inspect killed with SIGKILL: the session file is complete and the server exits on stdin end", async ({ page }) => {
  for (const target of [[], faulty("never-answers-call.mjs")]) {
    const killed = await startInspector(target); // [] = the bundled demo server
    await page.goto(killed.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    const rows = await page.getByTestId("message-log").getByTestId("log-row").count();
    killed.process.kill("SIGKILL");
    await new Promise((resolve) => killed.process.once("exit", resolve));
    const { frames, warnings } = recorded(killed.recordPath);
    expect(warnings).toEqual([]);
    expect(frames.length).toBeGreaterThanOrEqual(rows);
    expect(frames.some((f) => f.kind === "message" && f.dir === "server->client" && f.msg.id !== undefined)).toBe(true);
    const [pid] = pidsOf(frames);
    await expect.poll(() => isAlive(pid!), { timeout: 5000 }).toBe(false);
  }
});
