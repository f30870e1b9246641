import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSessionFile } from "@mcp-inspect/core";
import { expect, test, type Page } from "@playwright/test";
import { repoRoot, startInspector, type RunningInspector } from "./inspector";
import { startHttpServer, stopHttpServers } from "./http-servers";
import { callTool } from "./ui-actions";

const headerEchoPath = join(repoRoot, "e2e/fixtures/header-echo-server.mjs");
const FIRST = "Bearer first-secret";
const SECOND = "Bearer second-secret";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
  stopHttpServers();
});

const sha256 = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;

test("headers are changed and added in the Server tab, reach the server after the reconnect, and stay masked everywhere", async ({ page }) => {
  const url = `http://127.0.0.1:${await startHttpServer([headerEchoPath])}/mcp`;
  inspector = await startInspector(["--url", url, "--header", `Authorization: ${FIRST}`]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready", { timeout: 20_000 });
  await callTool(page, "auth_digest", {});
  await expect(page.getByTestId("tool-result")).toContainText(sha256(FIRST));

  await page.getByRole("tab", { name: "Server" }).click();
  const editor = page.getByTestId("headers-editor");
  await expect(editor.getByTestId("header-row")).toHaveCount(1);
  await expect(editor.getByTestId("header-row").filter({ hasText: "Authorization" }).getByTestId("header-masked")).toHaveText("Bearer ****");

  await editor.getByLabel("New value for Authorization").fill(SECOND);
  await editor.getByRole("button", { name: "Add header" }).click();
  // A name that is not an RFC 9110 token is refused before anything is sent.
  await editor.getByLabel("Name of new header 1").fill("X Team");
  await editor.getByLabel("Value of new header 1").fill("blue");
  await expect(editor).toContainText("Not a valid header name: a space is not allowed");
  await expect(editor.getByRole("button", { name: "Apply and reconnect" })).toBeDisabled();
  await editor.getByLabel("Name of new header 1").fill("X-Team");
  await editor.getByRole("button", { name: "Apply and reconnect" }).click();

  await expect(editor.getByTestId("headers-applied")).toBeVisible({ timeout: 15_000 });
  await expect(editor.getByTestId("header-row").getByTestId("header-masked")).toHaveText(["Bearer ****", "****"]);
  await expect(editor.getByLabel("New value for Authorization")).toHaveValue("");
  await expect(page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "HTTP headers changed" })).toContainText("Authorization: Bearer **** · X-Team: ****");

  // The reconnected server got the new values.
  await expect(page.getByTestId("restart-banner")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo_header", { name: "x-team" });
  await expect(page.getByTestId("tool-result")).toContainText("x-team: blue");
  await callTool(page, "auth_digest", {});
  await expect(page.getByTestId("tool-result")).toContainText(sha256(SECOND));
  await expect(page.locator("body")).not.toContainText("second-secret");
  await expect(page.locator("body")).not.toContainText("first-secret");

  // Removing a header: gone after the next reconnect.
  await page.getByRole("tab", { name: "Server" }).click();
  await editor.getByRole("button", { name: "Remove X-Team" }).click();
  await editor.getByRole("button", { name: "Apply and reconnect" }).click();
  await expect(editor.getByTestId("header-row").getByTestId("header-masked")).toHaveText(["Bearer ****"], { timeout: 15_000 });
  await expect(page.getByTestId("connection-state")).toHaveText("ready", { timeout: 20_000 });
  await callTool(page, "echo_header", { name: "x-team" });
  await expect(page.getByTestId("tool-result")).toContainText("x-team: (absent)");

  // The recording has the changes, masked, and neither secret.
  await expect.poll(() => readFileSync(inspector!.recordPath, "utf8")).toContain(sha256(SECOND));
  const recorded = readFileSync(inspector.recordPath, "utf8");
  expect(recorded).not.toContain("first-secret");
  expect(recorded).not.toContain("second-secret");
  const frames = parseSessionFile(recorded).frames;
  expect(frames.filter((f) => f.kind === "http" && f.event === "headers").map((f) => f.kind === "http" && f.event === "headers" && f.headers)).toEqual([
    { Authorization: "Bearer ****", "X-Team": "****" },
    { Authorization: "Bearer ****" },
  ]);
});
