import { expect, test, type Page } from "@playwright/test";
import { startInspector, type RunningInspector } from "./inspector";
import { callTool } from "./ui-actions";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  expect(await inspector?.stop()).toBe(0);
  inspector = undefined;
});

const rows = (page: Page) => page.getByTestId("message-log").getByTestId("log-row");

test("Edit & resend shows the new answer beside the edited request and selects the new exchange in the log", async ({ page }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "first-123" });
  await expect(page.getByTestId("tool-result")).toContainText("first-123");

  await page.getByLabel("Search messages").fill('$.params.name == "echo"');
  await expect(rows(page)).toHaveCount(1);
  const original = await rows(page).first().getAttribute("data-seq");
  await rows(page).first().getByRole("button").first().click();
  await page.getByTestId("edit-resend").click();
  const editor = page.getByTestId("resend-editor");
  await editor.fill((await editor.inputValue()).replace("first-123", "second-456"));
  await page.getByTestId("resend-send").click();

  // Beside the edited request: the server's answer to it, read from its response frame.
  const answer = page.getByTestId("resend-answer");
  await expect(answer.getByTestId("resend-answer-json")).toContainText('"text": "second-456"');
  await expect(answer).toContainText(/^result · frame \d+ \(request frame \d+\)/);
  await expect(editor).toBeVisible();
  await expect(editor).toHaveValue(/second-456/);
  const [, responseSeq, requestSeq] = /frame (\d+) \(request frame (\d+)\)/.exec((await answer.textContent())!)!;
  expect(Number(requestSeq)).toBeGreaterThan(Number(original));

  // The log selected the new request (not the one edited), and its detail links to the answer.
  await page.getByRole("button", { name: "Close", exact: true }).click();
  await expect(page.getByTestId("log-detail")).toHaveAttribute("data-seq", requestSeq!);
  await expect(rows(page).and(page.locator(`[data-seq="${requestSeq}"]`))).toHaveAttribute("data-selected", "true");
  await page.getByTestId("exchange-links").getByTestId("exchange-link").first().click();
  await expect(page.getByTestId("log-detail")).toHaveAttribute("data-seq", responseSeq!);
});
