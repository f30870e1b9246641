import { join } from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { cliPath, demoServerPath, repoRoot, startWatch, tempDir } from "./inspector";

const log = (scope: Page | Locator) => scope.getByTestId("message-log");
const rows = (scope: Page | Locator) => log(scope).getByTestId("log-row");

test("a session proxied for the SDK's client shows live in `mcp-inspect watch`, labelled by its clientInfo, read-only", async ({ page }) => {
  test.setTimeout(120_000);
  const runtimeDir = join(tempDir(), "runtime");
  const watch = await startWatch(runtimeDir);
  let client: Client | undefined;
  try {
    await page.goto(watch.url);
    // The empty state says how to send a session here.
    await expect(page.getByTestId("waiting-for-proxies")).toBeVisible();
    await expect(page.getByTestId("proxy-command")).toContainText("proxy -- <your server command>");

    // The SDK's own client starts the proxy as its server, exactly as a client config would.
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [cliPath, "proxy", "--name", "demo", "--record", join(tempDir(), "live.jsonl"), "--", process.execPath, demoServerPath],
      env: { ...process.env, MCP_INSPECT_RUNTIME_DIR: runtimeDir } as Record<string, string>,
      cwd: repoRoot,
      stderr: "pipe",
    });
    client = new Client({ name: "e2e-sdk-client", version: "1.2.3" });
    await client.connect(transport);

    // The tab appears without a reload, named "<clientInfo.name> → <server>", and is marked live.
    const tab = page.getByTestId("server-tab").filter({ hasText: "e2e-sdk-client → demo" });
    await expect(tab).toBeVisible({ timeout: 30_000 });
    await expect(tab).toHaveAttribute("data-feed", "live");
    await tab.click();
    const view = page.locator('[data-testid="server-view"][data-active="true"]');
    await expect(view.getByTestId("live-feed-banner")).toContainText("live proxied session, read-only");
    // Read-only: nothing to invoke or restart, and it says why.
    await expect(view.getByTestId("live-feed-reason")).toContainText("e2e-sdk-client drives the server");
    await expect(view.getByRole("button", { name: "Call tool" })).toHaveCount(0);
    await expect(view.getByTestId("restart-server")).toHaveCount(0);
    await expect(view.getByTestId("readonly-badge")).toHaveText("live · read-only");

    // The client's initialize, from the history.
    await expect(rows(view).filter({ hasText: "initialize" }).first()).toBeVisible();
    // A call made now, with the page open, arrives live: in the log and among the tool calls.
    const result = await client.callTool({ name: "echo", arguments: { message: "live-call-42" } });
    expect(JSON.stringify(result)).toContain("live-call-42");
    await expect(rows(view).filter({ hasText: "tools/call" }).first()).toBeVisible();
    await expect(view.getByTestId("recorded-call").filter({ hasText: "echo" })).toBeVisible();
    // The picture in the docs, without the tab's tooltip over the banner.
    await page.mouse.move(400, 650);
    await expect(page.getByRole("tooltip")).toHaveCount(0);
    await page.screenshot({ path: join(repoRoot, "docs/screenshots/proxy-live.png") });
    await view.getByTestId("recorded-call").filter({ hasText: "echo" }).click();
    await expect(view.getByTestId("recorded-calls")).toContainText("live-call-42");

    // The client lets go: the proxy ends, the tab stays with its log, marked ended.
    await client.close();
    client = undefined;
    await expect(tab).toHaveAttribute("data-feed", "ended", { timeout: 30_000 });
    await expect(view.getByTestId("readonly-badge")).toHaveText("ended · read-only");
    await expect(rows(view).filter({ hasText: "tools/call" }).first()).toBeVisible();
  } finally {
    await client?.close();
    await watch.stop();
  }
});
