import { expect, test, type Page } from "@playwright/test";
import { everythingServerPath, startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

let inspector: RunningInspector;
test.afterEach(async () => {
  expect(await inspector.stop()).toBe(0);
});

async function openResources(page: Page) {
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Resources" }).click();
  await expect(page.getByTestId("resource-entry")).toHaveCount(27);
}

test.describe("demo server", () => {
  test.beforeEach(async () => {
    inspector = await startInspector([]);
  });

  test("reads a resource of each kind and renders it by MIME type", async ({ page }) => {
    await openResources(page);
    const entry = (name: string) => page.getByTestId("resource-entry").filter({ hasText: name });
    const contents = page.getByTestId("resource-detail").getByTestId("resource-contents");

    await entry("README").click();
    await expect(contents).toHaveAttribute("data-view", "markdown");
    await expect(contents.getByRole("heading", { name: "mcp-inspect demo server" })).toBeVisible();
    // Annotations and size from resources/list.
    await expect(page.getByTestId("resource-detail").getByTestId("content-annotations")).toContainText("priority 1");

    await entry("Configuration").click();
    await expect(contents).toHaveAttribute("data-view", "json");
    await expect(contents.getByTestId("resource-text")).toContainText('"pagination": true');

    await entry("Logo (PNG)").click();
    await expect(contents).toHaveAttribute("data-view", "image");
    await expect(contents.getByRole("img", { name: "demo://images/logo.png" })).toBeVisible();

    await entry("Tone (WAV)").click();
    await expect(contents.getByTestId("resource-audio")).toBeVisible();

    await entry("Binary bytes").click();
    const download = contents.getByTestId("resource-download");
    await expect(download).toContainText("bytes.bin");
    await expect(download).toContainText("binary, 256 B");
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toBe("bytes.bin");

    await entry("Hello page (HTML)").click();
    await expect(contents).toHaveAttribute("data-view", "text");
    await expect(contents.getByTestId("resource-text")).toContainText("<h1>Hello from the demo server</h1>");
  });

  test("fills a template with a completion picked from the list, encoding the value", async ({ page }) => {
    await openResources(page);
    await page.getByTestId("resource-template-entry").filter({ hasText: "Project file" }).click();
    const path = page.getByRole("combobox", { name: "path" });
    await path.fill("src/u");
    // The suggestion comes from completion/complete with ref/resource.
    await page.getByRole("option", { name: "src/util/strings.ts" }).click();
    await expect(page.getByTestId("expanded-uri")).toHaveText("demo://files/src/util/strings.ts");
    await page.getByRole("button", { name: "Read resource" }).click();
    await expect(page.getByTestId("template-detail").getByTestId("resource-contents")).toContainText("export const shout");
    const complete = page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "completion/complete" });
    await expect(complete.first()).toBeVisible();

    await page.getByTestId("resource-template-entry").filter({ hasText: "User profile" }).click();
    await page.getByRole("combobox", { name: "userId" }).fill("a/b ü");
    await expect(page.getByTestId("expanded-uri")).toHaveText("demo://users/a%2Fb%20%C3%BC");
    await page.getByRole("combobox", { name: "userId" }).fill("");
    await page.getByRole("combobox", { name: "userId" }).pressSequentially("ca");
    await page.getByRole("option", { name: "carol" }).click();
    await page.getByRole("button", { name: "Read resource" }).click();
    await expect(page.getByTestId("template-detail").getByTestId("resource-contents")).toContainText("Carol Danvers");
  });

  test("subscribes to the counter and shows the update after touch_resource; clicking it reads again", async ({ page }) => {
    await openResources(page);
    await page.getByTestId("resource-entry").filter({ hasText: "demo://counter" }).click();
    await expect(page.getByTestId("resource-detail").getByTestId("resource-contents")).toBeVisible();
    await page.getByRole("button", { name: "Subscribe", exact: true }).click();
    await expect(page.getByRole("button", { name: "Unsubscribe", exact: true })).toBeVisible();
    await expect(page.getByTestId("resource-entry").filter({ hasText: "demo://counter" }).getByTestId("resource-subscribed")).toBeVisible();

    await callTool(page, "touch_resource", { delta: 5 });
    await expect(page.getByTestId("tool-result")).toContainText("sent notifications/resources/updated");

    await page.getByRole("tab", { name: "Resources" }).click();
    const update = page.getByTestId("resource-update");
    await expect(update).toHaveCount(1);
    await expect(update).toContainText("demo://counter");
    await update.click();
    await expect(page.getByTestId("resource-detail").getByTestId("resource-contents")).toContainText("5");

    await page.getByRole("button", { name: "Unsubscribe", exact: true }).click();
    await expect(page.getByRole("button", { name: "Subscribe", exact: true })).toBeVisible();
    await callTool(page, "touch_resource", { delta: 1 });
    await expect(page.getByTestId("tool-result")).toContainText("nobody is subscribed");
  });

  test("page by page shows the server's second page, and Previous goes back", async ({ page }) => {
    await openResources(page);
    const header = page.getByTestId("resource-list-header");
    await header.getByRole("switch", { name: "Page by page" }).click();
    await expect(page.getByTestId("resource-entry")).toHaveCount(10);
    await expect(page.getByTestId("resource-entry").first()).toContainText("demo://readme");
    await header.getByRole("button", { name: "Next" }).click();
    await expect(header).toContainText("page 2");
    await expect(page.getByTestId("resource-entry")).toHaveCount(10);
    await expect(page.getByTestId("resource-entry").first()).not.toContainText("demo://readme");
    await header.getByRole("button", { name: "Next" }).click();
    await expect(page.getByTestId("resource-entry")).toHaveCount(7);
    await expect(header.getByRole("button", { name: "Next" })).toBeDisabled();
    await header.getByRole("button", { name: "Previous" }).click();
    await expect(header).toContainText("page 2");
    await header.getByRole("switch", { name: "Page by page" }).click();
    await expect(page.getByTestId("resource-entry")).toHaveCount(27);
  });
});

test.describe("server-everything", () => {
  test.beforeEach(async () => {
    inspector = await startInspector([process.execPath, everythingServerPath, "stdio"]);
  });

  test("lists, reads and templates its resources, with completions", async ({ page }) => {
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    await page.getByRole("tab", { name: "Resources" }).click();
    await expect(page.getByTestId("resource-entry").first()).toBeVisible();
    await page.getByTestId("resource-entry").first().click();
    await expect(page.getByTestId("resource-detail").getByTestId("resource-contents").first()).toBeVisible();
    await expect(page.getByTestId("resource-template-entry").first()).toBeVisible();
  });
});
