import { expect, test, type Page } from "@playwright/test";
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { everythingServerPath, repoRoot, startInspector, tempDir, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

// The client features against the reference servers from npm: server-everything and server-filesystem.
const filesystemServerPath = join(repoRoot, "node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");

let inspector: RunningInspector;
test.afterEach(async () => {
  await inspector.stop();
});

async function addRoot(page: Page, path: string) {
  // The drawer may already be open (it opens by itself when a request arrives).
  if (!(await page.getByRole("tab", { name: "Roots" }).isVisible())) await page.getByTestId("requests-button").click();
  await page.getByRole("tab", { name: "Roots" }).click();
  await page.getByLabel("New root (absolute path or file:// URI)").fill(path);
  await page.getByRole("button", { name: "Add root" }).click();
  await expect(page.getByTestId("root-uri").last()).toContainText("file://");
  await page.getByTestId("requests-button").click(); // closes the drawer
}

test("server-everything: sampling, URL elicitation and roots", async ({ page }) => {
  const cwd = tempDir();
  inspector = await startInspector(["--", process.execPath, everythingServerPath, "stdio"], { cwd });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");

  await callTool(page, "trigger-sampling-request", { prompt: "hello sampler", maxTokens: 20 });
  const sampling = page.getByTestId("client-request").first();
  await expect(sampling.getByTestId("sampling-message")).toContainText("hello sampler");
  await sampling.getByLabel("Reply (as the model)").fill("sampled by a person");
  await sampling.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("sampled by a person");

  await callTool(page, "trigger-url-elicitation", { url: "https://example.com/authorize", elicitationId: "e2e-url-1" });
  const url = page.getByTestId("client-request").first();
  await expect(url.getByTestId("elicitation-url-value")).toHaveText("https://example.com/authorize");
  await expect(url.getByTestId("elicitation-id")).toHaveText("e2e-url-1");
  await expect(url.getByRole("link", { name: "Open in a new tab" })).toHaveAttribute("target", "_blank");
  await url.getByRole("button", { name: "Completed (accept)" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("User completed the URL elicitation flow");

  // The server fetched the roots after initialized; it fetches them again on list_changed.
  await callTool(page, "get-roots-list", {});
  await expect(page.getByTestId("tool-result")).toContainText(`file://${cwd}`);
  await addRoot(page, "/srv/everything root");
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("file:///srv/everything%20root");
});

test("server-filesystem: the roots set in the UI become its allowed directories", async ({ page }) => {
  const folder = realpathSync(tempDir());
  inspector = await startInspector(["--", process.execPath, filesystemServerPath]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await addRoot(page, folder);
  await callTool(page, "list_allowed_directories", {});
  await expect(page.getByTestId("tool-result")).toContainText(folder);
});
