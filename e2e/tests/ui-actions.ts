import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Calls a tool the way a person does: the Tools tab, the tool, the JSON editor (it opens in Form
 * mode), the arguments, "Call tool". `scope` is the page, or one server's view when several run.
 */
export async function callTool(scope: Page | Locator, name: string, args: unknown): Promise<void> {
  await scope.getByRole("tab", { name: "Tools" }).click();
  await scope.getByRole("button", { name: new RegExp(`^${name}\\b`) }).first().click();
  await scope.getByTestId("args-mode").getByText("JSON").click();
  await scope.getByLabel("Arguments (JSON)").fill(JSON.stringify(args));
  await scope.getByRole("button", { name: "Call tool" }).click();
}

/**
 * Drops a file on the page the way a browser does: a DataTransfer holding a File. `scope` is where
 * the drop overlay shows: the page, or the server view being looked at when several run.
 */
export async function dropFile(page: Page, name: string, text: string, scope: Page | Locator = page): Promise<void> {
  const dataTransfer = await page.evaluateHandle(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: "application/x-ndjson" }));
    return dt;
  }, [name, text] as const);
  await page.dispatchEvent("body", "dragover", { dataTransfer });
  await expect(scope.getByTestId("drop-overlay")).toBeVisible();
  await page.dispatchEvent("body", "drop", { dataTransfer });
}
