import { expect, test } from "@playwright/test";
import { startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
});

test("names a command that does not exist, in the UI and on the terminal", async ({ page }) => {
  inspector = await startInspector(["mcp-inspect-no-such-server", "--stdio"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("failed");
  await expect(page.getByTestId("connection-problem")).toContainText('command not found: "mcp-inspect-no-such-server" is not on PATH');
  expect(inspector.stderr()).toContain("command not found");
});

test("explains a server that exits at once, with its code and stderr", async ({ page }) => {
  inspector = await startInspector([process.execPath, "-e", "console.error('Error: API_KEY is not set'); process.exit(3)"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("exited");
  const problem = page.getByTestId("connection-problem");
  await expect(problem).toContainText("exited with code 3");
  await expect(problem).toContainText("Error: API_KEY is not set");
  await expect.poll(() => inspector!.stderr()).toContain("exited with code 3");
  expect(inspector.stderr()).toContain("Error: API_KEY is not set");
});

test("says when the server never answers initialize", async ({ page }) => {
  inspector = await startInspector([process.execPath, "-e", "console.error('warming up'); process.stdin.resume()"], { flags: ["--init-timeout", "1500"] });
  await page.goto(inspector.url);
  // Once --init-timeout fires: failed, with the reason, and the lists stop waiting.
  await expect(page.getByTestId("connection-state")).toHaveText("failed");
  // auto mode opens with the server/discover probe: that is the request left unanswered.
  await expect(page.getByTestId("connection-problem")).toContainText("no answer to server/discover within 1.5 s");
  await page.getByRole("tab", { name: "Tools" }).click();
  await expect(page.getByText("did not answer the handshake (server/discover or initialize) in time")).toBeVisible();
  await expect(page.getByText("Waiting for the server to initialize")).toHaveCount(0);
  await expect.poll(() => inspector!.stderr()).toContain("has not answered server/discover");
  expect(inspector.stderr()).toContain("warming up");
});
