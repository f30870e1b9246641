import { expect, test } from "@playwright/test";
import { everythingServerPath, memoryServerPath, startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
});

test("inspects @modelcontextprotocol/server-everything from npm", async ({ page }) => {
  inspector = await startInspector(["--", process.execPath, everythingServerPath, "stdio"]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("server-name")).toContainText(/everything/i);
  await page.getByRole("button", { name: /^echo\b/ }).first().click();
  await page.getByTestId("args-mode").getByText("JSON").click(); // the editor opens in Form mode
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify({ message: "hi everything" }));
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("hi everything");
  await expect(page.getByTestId("log-row").filter({ hasText: "tools/call" }).first()).toBeVisible();
});

test("inspects @modelcontextprotocol/server-memory from npm", async ({ page }) => {
  const dir = (await import("./inspector")).tempDir();
  inspector = await startInspector([process.execPath, memoryServerPath], { env: { MEMORY_FILE_PATH: `${dir}/memory.jsonl` } });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("server-name")).toContainText(/memory/i);
  await page.getByRole("button", { name: /^create_entities\b/ }).click();
  const entities = { entities: [{ name: "mcp-inspect", entityType: "tool", observations: ["inspects MCP servers"] }] };
  await page.getByTestId("args-mode").getByText("JSON").click(); // the editor opens in Form mode
  await page.getByLabel("Arguments (JSON)").fill(JSON.stringify(entities));
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("inspects MCP servers");
  await page.getByRole("button", { name: /^read_graph\b/ }).click();
  await page.getByTestId("args-mode").getByText("JSON").click(); // the editor opens in Form mode
  await page.getByLabel("Arguments (JSON)").fill("{}");
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("mcp-inspect");
});
