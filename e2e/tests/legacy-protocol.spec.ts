import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { repoRoot, startInspector, type RunningInspector } from "./inspector";

// A hand-written server that only speaks 2024-11-05: the client offers 2025-11-25 and must accept the downgrade.
const legacyServer = join(repoRoot, "e2e/fixtures/legacy-2024-11-05-server.mjs");

let inspector: RunningInspector;
test.afterEach(async () => {
  await inspector.stop();
});

test("connects to a 2024-11-05 server, lists and calls its tool", async ({ page }) => {
  inspector = await startInspector([process.execPath, legacyServer]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("server-name")).toHaveText("legacy-2024-11-05");
  await expect(page.getByTestId("protocol-version")).toHaveText("2024-11-05");
  await page.getByRole("button", { name: /^add\b/ }).click();
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify({ a: 2, b: 3 }));
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("2 + 3 = 5");
  // The client features need no server support: nothing is pending, the Requests button still works.
  await expect(page.getByTestId("pending-requests")).toHaveText("0");
});
