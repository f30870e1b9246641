import type { Locator, Page } from "@playwright/test";

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
