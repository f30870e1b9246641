import { expect, test, type Page } from "@playwright/test";
import { everythingServerPath, startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector;
test.afterEach(async () => {
  expect(await inspector.stop()).toBe(0);
});

async function openPrompt(page: Page, name: string) {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Prompts" }).click();
  await page.getByTestId("prompt-entry").filter({ hasText: new RegExp(`^\\s*${name}\\b`) }).click();
}

test.describe("demo server", () => {
  test.beforeEach(async () => {
    inspector = await startInspector([]);
  });

  test("fills arguments with completions (required marked) and shows the conversation", async ({ page }) => {
    await openPrompt(page, "greeting");
    const name = page.getByRole("combobox", { name: "name" });
    await expect(name).toHaveAttribute("required", "");
    await expect(page.getByRole("combobox", { name: "style" })).not.toHaveAttribute("required", "");
    await name.pressSequentially("Gr");
    await page.getByRole("option", { name: "Grace" }).click();
    await expect(name).toHaveValue("Grace");
    await page.getByRole("combobox", { name: "style" }).pressSequentially("pi");
    await page.getByRole("option", { name: "pirate" }).click();
    await page.getByRole("button", { name: "Get prompt" }).click();

    const message = page.getByTestId("prompt-conversation").getByTestId("prompt-message");
    await expect(message).toHaveCount(1);
    await expect(message).toHaveAttribute("data-role", "user");
    await expect(message).toContainText("Ahoy, Grace!");
    // The completion request carried the typed prefix and named the prompt.
    const complete = page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "completion/complete" });
    await expect(complete.first()).toBeVisible();
  });

  test("renders a multi-turn conversation with an image and an embedded resource", async ({ page }) => {
    await openPrompt(page, "show_and_tell");
    await page.getByRole("button", { name: "Get prompt" }).click();
    const messages = page.getByTestId("prompt-conversation").getByTestId("prompt-message");
    await expect(messages).toHaveCount(5);
    await expect(messages.nth(1).getByRole("img", { name: "image returned by the server" })).toBeVisible();
    await expect(messages.nth(2)).toHaveAttribute("data-role", "assistant");
    await expect(messages.nth(3).getByTestId("content-item")).toHaveAttribute("data-kind", "resource");
    await expect(messages.nth(3)).toContainText("demo://readme");
    await expect(messages.nth(3).getByRole("heading", { name: "mcp-inspect demo server" })).toBeVisible();
  });
});

test.describe("server-everything", () => {
  test.beforeEach(async () => {
    inspector = await startInspector([process.execPath, everythingServerPath, "stdio"]);
  });

  test("sends the other arguments as completion context", async ({ page }) => {
    await openPrompt(page, "completable-prompt");
    await page.getByRole("combobox", { name: "department" }).pressSequentially("Eng");
    await page.getByRole("option", { name: "Engineering" }).click();
    // Its name completions depend on the department, which only context.arguments tells it.
    await page.getByRole("combobox", { name: "name" }).click();
    await expect(page.getByRole("option", { name: "Alice" })).toBeVisible();
    await page.getByRole("option", { name: "Bob" }).click();
    await page.getByRole("button", { name: "Get prompt" }).click();
    await expect(page.getByTestId("prompt-message")).toContainText("Please promote Bob to the head of the Engineering team.");
  });
});
