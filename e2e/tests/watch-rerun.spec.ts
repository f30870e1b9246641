import { appendFileSync, copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSessionFile, type Frame, type MessageFrame } from "@mcp-inspect/core";
import { expect, test } from "@playwright/test";
import { demoServerPath, startInspector, tempDir, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
});

const ARGS = { message: "run me again" };

const isEchoCall = (f: Frame): f is MessageFrame =>
  f.kind === "message" && f.dir === "client->server" && f.msg.method === "tools/call" && (f.msg.params as { name?: string }).name === "echo";

test("after a --watch restart the banner re-runs the last tools/call, and the log shows the new exchange", async ({ page }) => {
  // Two server starts, a re-run, a reload and a third client: more than the default minute on a busy machine.
  test.slow();
  const dir = tempDir();
  const server = join(dir, "server.js");
  copyFileSync(demoServerPath, server);
  inspector = await startInspector(["node", "server.js"], { flags: ["--watch", dir], cwd: dir });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready", { timeout: 20_000 });
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: /^echo\b/ }).first().click();
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify(ARGS));
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("run me again");
  await expect(page.getByTestId("restart-banner")).toHaveCount(0);

  appendFileSync(server, "\n// touched by the e2e test\n");
  await expect.poll(() => inspector!.stderr(), { timeout: 15_000 }).toContain("- change in server.js: restarting");
  const banner = page.getByTestId("restart-banner");
  await expect(banner.getByTestId("restart-banner-text")).toHaveText("Server restarted (change in server.js)", { timeout: 20_000 });
  await expect(banner.getByTestId("rerun-button")).toHaveText("Re-run tools/call echo");
  await banner.getByTestId("rerun-button").click();
  await expect(banner.getByTestId("rerun-outcome")).toHaveText(/^ok in \d/);
  // The re-run's result is where the tool's result goes, and the old process's exit is a neutral row.
  await expect(page.getByTestId("tool-result")).toContainText("run me again");
  await expect(page.getByTestId("call-history-entry")).toHaveCount(2);
  const exitRow = page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "restarted (change in server.js)" });
  await expect(exitRow).toHaveAttribute("data-tone", "process");
  await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "killed by SIGTERM" })).toHaveCount(0);

  // Sent to the new process after the restart, with the same arguments, and answered.
  const session = () => parseSessionFile(readFileSync(inspector!.recordPath, "utf8")).frames;
  await expect.poll(() => session().filter(isEchoCall).length).toBe(2);
  const frames = session();
  const restartAt = frames.findLastIndex((f) => f.kind === "process" && f.event === "restart");
  expect(restartAt).toBeGreaterThan(frames.findIndex(isEchoCall));
  const rerun = frames.slice(restartAt).find(isEchoCall)!;
  expect(rerun.msg.params).toEqual({ name: "echo", arguments: ARGS });
  const answer = frames.find((f) => f.kind === "message" && f.dir === "server->client" && f.seq > rerun.seq && f.msg.id === rerun.msg.id) as MessageFrame;
  expect(answer.msg.result).toMatchObject({ content: [{ type: "text", text: "run me again" }] });

  // "Show in log" selects the re-run in the message log.
  await banner.getByTestId("rerun-show-in-log").click();
  await expect(page.getByTestId("message-log").locator('[data-testid="log-row"][data-selected]')).toHaveAttribute("data-seq", String(rerun.seq));

  await banner.getByRole("button", { name: "Dismiss" }).click();
  await expect(banner).toHaveCount(0);

  // A reload replays the log, restart included; the banner already dismissed stays away.
  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveText("ready", { timeout: 20_000 });
  // The tool list is fetched by the new client: by then the banner would have rendered.
  await expect(page.getByRole("button", { name: /^echo\b/ }).first()).toBeVisible();
  await expect(page.getByTestId("restart-banner")).toHaveCount(0);
});
