import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { demoServerPath, startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector;
test.beforeEach(async () => {
  inspector = await startInspector([process.execPath, demoServerPath]);
});
test.afterEach(async () => {
  expect(await inspector.stop()).toBe(0);
});

async function openTool(page: Page, name: string) {
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: new RegExp(`^${name}\\b`) }).first().click();
  await expect(page.getByTestId("schema-form")).toBeVisible();
}

/** The arguments of every tools/call the client sent for this tool, from the session file. */
function sentArguments(recordPath: string, tool: string): unknown[] {
  return parseSessionFile(readFileSync(recordPath, "utf8")).frames.flatMap((f) => {
    if (f.kind !== "message" || f.dir !== "client->server" || f.msg.method !== "tools/call") return [];
    const params = f.msg.params as { name: string; arguments?: unknown };
    return params.name === tool ? [params.arguments] : [];
  });
}

async function pickOption(page: Page, inputId: string, option: string) {
  await page.locator(`#${inputId}`).click();
  await page.getByRole("option", { name: option }).click();
}

test("fills create_order through the form and the server receives exactly that", async ({ page }) => {
  await page.goto(inspector.url);
  await openTool(page, "create_order");

  // Nested objects: customer and its $ref'd address.
  await page.locator("#root_customer_name").fill("Ada Lovelace");
  await page.locator("#root_customer_email").fill("ada@example.com");
  await page.locator("#root_customer_address_street").fill("1 Analytical Way");
  await page.locator("#root_customer_address_city").fill("London");
  await page.locator("#root_customer_address_zip").fill("94103");

  // An array of objects: two items, then the second moved up.
  await page.locator("#root_items__add").click();
  await page.locator("#root_items__add").click();
  await page.locator("#root_items_0_sku").fill("ABC-123");
  await page.locator("#root_items_0_quantity").fill("2");
  await page.locator("#root_items_0_price").fill("3.5");
  await page.locator("#root_items_1_sku").fill("XYZ-999");
  await page.locator("#root_items_1_price").fill("10");
  await page.locator("#root_items_1__moveUp").click();
  await expect(page.locator("#root_items_0_sku")).toHaveValue("XYZ-999");

  // oneOf: the invoice branch (its const method and default dueDays come with it).
  await pickOption(page, "root_payment__oneof_select", "Invoice");
  await expect(page.locator("#root_payment_dueDays")).toHaveValue("30");

  // Nullable note: null by default; some text, null again, then two lines typed with Enter.
  const noteNull = page.getByRole("checkbox", { name: "note: null" });
  await expect(noteNull).toBeChecked();
  await noteNull.uncheck();
  await page.locator("#root_note").fill("draft");
  await noteNull.check();
  await expect(page.locator("#root_note")).toHaveCount(0);
  await noteNull.uncheck();
  await page.locator("#root_note").pressSequentially("Line one");
  await page.locator("#root_note").press("Enter");
  await page.locator("#root_note").pressSequentially("Line two");

  await page.locator("#root_deliveryDate").fill("2030-01-31");

  await page.locator("#root_tags__add").click();
  await page.locator("#root_tags_0").fill("fragile");
  await page.locator("#root_tags__add").click();
  await page.locator("#root_tags_1").fill("gift");

  // additionalProperties: a key/value pair (the key is renamed on blur).
  await page.locator("#root_metadata__add").click();
  await page.locator("#root_metadata_newKey-key").fill("source");
  await page.locator("#root_metadata_newKey-key").blur();
  await page.locator("#root_metadata_source").fill("e2e");

  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("Order ORD-0001 accepted for Ada Lovelace (London)");

  expect(sentArguments(inspector.recordPath, "create_order")).toEqual([
    {
      schemaVersion: 1,
      customer: { name: "Ada Lovelace", email: "ada@example.com", address: { street: "1 Analytical Way", city: "London", zip: "94103" } },
      items: [
        { sku: "XYZ-999", quantity: 1, price: 10 },
        { sku: "ABC-123", quantity: 2, price: 3.5 },
      ],
      priority: "normal",
      payment: { method: "invoice", dueDays: 30 },
      note: "Line one\nLine two",
      deliveryDate: "2030-01-31",
      giftWrap: false,
      tags: ["fragile", "gift"],
      metadata: { source: "e2e" },
    },
  ]);
});

test("invalid input shows a field error, and Send anyway sends it as it is", async ({ page }) => {
  await page.goto(inspector.url);
  await openTool(page, "create_order");
  await page.locator("#root_customer_email").fill("not-an-email");
  await page.getByRole("button", { name: "Call tool" }).click();

  await expect(page.getByTestId("invalid-args")).toBeVisible();
  await expect(page.getByText('must match format "email"').first()).toBeVisible();
  expect(sentArguments(inspector.recordPath, "create_order")).toEqual([]);

  await page.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByTestId("tool-result")).toContainText("Invalid order");
  const [sent] = sentArguments(inspector.recordPath, "create_order") as { customer: { email: string } }[];
  expect(sent?.customer.email).toBe("not-an-email");
});

test("arguments and the editor mode survive a reload", async ({ page }) => {
  await page.goto(inspector.url);
  await openTool(page, "echo");
  await page.locator("#root_message").fill("remember me\nacross reloads");
  await openTool(page, "add");
  await page.getByTestId("args-mode").getByText("JSON").click();
  await page.getByLabel("Arguments (JSON)").fill('{ "a": 1, "b": ');

  await page.reload();
  await openTool(page, "echo");
  await expect(page.locator("#root_message")).toHaveValue("remember me\nacross reloads");
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: /^add\b/ }).first().click();
  await expect(page.getByLabel("Arguments (JSON)")).toHaveValue('{ "a": 1, "b": ');
});
