import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { cliPath, startInspector, type RunningInspector } from "./inspector";

const SECRET = "s3cr3t-Value-7f2a9c";
let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
});

test("binding a non-loopback address needs --allow-remote and warns on stderr", async () => {
  const child = spawn(process.execPath, [cliPath, "--no-open", "--port", "0", "--host", "0.0.0.0", "--allow-remote"], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  try {
    await expect.poll(() => stdout, { timeout: 20_000 }).toContain("mcp-inspect ready");
    expect(stderr).toContain("WARNING: listening on 0.0.0.0, not loopback");
  } finally {
    child.kill("SIGKILL");
  }
});

test("-e values never reach the session file, the export, or the terminal", async ({ page }) => {
  inspector = await startInspector(["-e", `API_KEY=${SECRET}`]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: /^echo\b/ }).first().click();
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify({ message: "hello" }));
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("hello");

  const exported = await fetch(`http://127.0.0.1:${inspector.port}/api/export`, { method: "POST", headers: { authorization: `Bearer ${inspector.token}`, "content-type": "application/json" }, body: "{}" });
  expect(exported.status).toBe(200);
  const body = await exported.text();
  expect(body).toContain("API_KEY");
  expect(body).not.toContain(SECRET);
  expect(readFileSync(inspector.recordPath, "utf8")).not.toContain(SECRET);
  expect(await inspector.stop()).toBe(0);
  expect(inspector.stderr()).not.toContain(SECRET);
});

test("-e values stay out of the error when the server cannot start", async ({ page }) => {
  inspector = await startInspector(["-e", `API_KEY=${SECRET}`, "--", "mcp-inspect-no-such-server"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-problem")).toContainText("command not found");
  await expect(page.getByTestId("connection-problem")).not.toContainText(SECRET);
  expect(readFileSync(inspector.recordPath, "utf8")).not.toContain(SECRET);
  await inspector.stop();
  expect(inspector.stderr()).toContain("command not found");
  expect(inspector.stderr()).not.toContain(SECRET);
});
