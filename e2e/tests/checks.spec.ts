import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { repoRoot, startInspector, type RunningInspector } from "./inspector";

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  expect(await inspector?.stop()).toBe(0);
  inspector = undefined;
});

/** Calls a tool with its form's defaults (no typing: the form's widgets are not this spec's business). */
async function callWithDefaults(page: Page, name: string) {
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: new RegExp(`^${name}\\b`) }).first().click();
  await page.getByRole("button", { name: "Call tool" }).click();
}

async function openChecks(page: Page) {
  await page.getByTestId("checks-tab").click();
  await expect(page.getByTestId("checks-panel")).toBeVisible();
}

test("a server that logs to stdout keeps working; the line and its check are shown, and silencing it sticks", async ({ page }) => {
  inspector = await startInspector([]); // the bundled demo server
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");

  await callWithDefaults(page, "write_stdout_noise");
  await expect(page.getByTestId("tool-result")).toContainText("Wrote a non-JSON line to stdout");
  await callWithDefaults(page, "get_image");
  await expect(page.getByTestId("tool-result")).toContainText("Here is a 16x16 PNG");
  await expect(page.getByTestId("connection-state")).toHaveText("ready");

  // The offending line is a row of its own, badged with its finding.
  const noiseRow = page.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "stdout (not JSON-RPC)" }).first();
  await expect(noiseRow).toContainText("DEBUG: this log line went to stdout by mistake");
  await expect(noiseRow.getByTestId("finding-badge")).toHaveAttribute("data-severity", "error");
  // Check frames are not rows by default.
  await expect(page.getByTestId("message-log").locator('[data-kind="check"]')).toHaveCount(0);

  // The header summary opens the Checks tab, which lists the rule with the line's finding.
  await expect(page.getByTestId("checks-summary")).toContainText("error");
  await page.getByTestId("checks-summary").click();
  const group = page.getByTestId("checks-panel").locator('[data-testid="check-group"][data-rule="stdio/stdout-noise"]');
  await expect(group).toBeVisible();
  await expect(group).toContainText("Write logs to stderr");
  await expect(group.getByTestId("check-finding").first()).toContainText("DEBUG: this log line");

  // "show frame" goes back to the message log, expanded and highlighted on that line.
  await group.getByTestId("show-frame").first().click();
  await expect(page.getByTestId("message-log")).toBeVisible();
  const shown = page.getByTestId("message-log").locator("[data-highlighted]");
  await expect(shown).toHaveAttribute("data-kind", "stdout-noise");
  await expect(shown.getByTestId("frame-findings")).toContainText("stdio/stdout-noise");

  // Silencing hides the rule from the panel and the badge from the row, and survives a reload.
  await openChecks(page);
  await group.getByTestId("silence-rule").click();
  await expect(group).toHaveCount(0);
  await expect(page.getByTestId("silenced-rules")).toContainText("Silenced rules (1)");
  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(noiseRow).toBeVisible();
  await expect(noiseRow.getByTestId("finding-badge")).toHaveCount(0);
  await openChecks(page);
  await expect(page.getByTestId("silenced-rules")).toContainText("Silenced rules (1)");
  await expect(page.getByTestId("checks-panel").locator('[data-testid="check-group"][data-rule="stdio/stdout-noise"]')).toHaveCount(0);

  // And it can be brought back.
  await page.getByTestId("silenced-rules").getByText("Silenced rules (1)").click();
  await page.getByTestId("unsilence-rule").click();
  await expect(page.getByTestId("checks-panel").locator('[data-testid="check-group"][data-rule="stdio/stdout-noise"]')).toBeVisible();
});

const brokenServers = join(repoRoot, "e2e/fixtures/broken-servers");

/** The broken-server gallery: each fixture breaks one rule, which the Checks panel must name. */
const cases: { file: string; rule: string; call?: string }[] = [
  { file: "bad-tool-names.mjs", rule: "tools/name-invalid" },
  // Only tools/call gets the wrong id: call its one tool (no required arguments).
  { file: "wrong-response-id.mjs", rule: "jsonrpc/unknown-response-id", call: "echo" },
  // Needs the schema validator: proves the CLI gives sessions the full checker.
  { file: "invalid-input-schema.mjs", rule: "tools/input-schema-invalid" },
];

for (const { file, rule, call } of cases) {
  test(`names ${rule} for ${file}`, async ({ page }) => {
    inspector = await startInspector([process.execPath, join(brokenServers, file)]);
    await page.goto(inspector.url);
    if (call) {
      await expect(page.getByTestId("connection-state")).toHaveText("ready");
      await callWithDefaults(page, call);
    }
    await expect(page.getByTestId("checks-summary")).toBeVisible();
    await openChecks(page);
    const group = page.getByTestId("checks-panel").locator(`[data-testid="check-group"][data-rule="${rule}"]`);
    await expect(group).toBeVisible();
    await expect(group.getByTestId("check-finding").first()).toBeVisible();
  });
}

test("the Checks tab counts what the header and the list count, infos included", async ({ page }) => {
  inspector = await startInspector([process.execPath, join(repoRoot, "e2e/fixtures/broken-servers/tools-without-description.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Tools" }).click();
  await expect(page.getByTestId("checks-summary")).toHaveText("2 info");
  await expect(page.getByTestId("checks-tab-count")).toHaveText("2");
  await openChecks(page);
  await expect(page.getByTestId("checks-panel").getByTestId("check-finding")).toHaveCount(2);
});

test("a response with both result and error is a finding in the Checks tab", async ({ page }) => {
  inspector = await startInspector([process.execPath, join(repoRoot, "e2e/fixtures/broken-servers/result-and-error.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callWithDefaults(page, "lookup");
  // Answered, so the call fails at once with what the server sent, not with a timeout a minute later.
  await expect(page.getByTestId("rpc-error")).toContainText('both "result" and "error"', { timeout: 20_000 });
  await expect(page.getByTestId("checks-summary")).toHaveText("1 error");
  await expect(page.getByTestId("checks-tab-count")).toHaveText("1");
  await openChecks(page);
  const group = page.getByTestId("checks-panel").locator('[data-testid="check-group"][data-rule="jsonrpc/result-and-error"]');
  await expect(group.getByTestId("check-finding")).toContainText('carries both "result" and "error"');
});

test("a tool result that breaks its outputSchema is counted as a finding, not only flagged in place", async ({ page }) => {
  inspector = await startInspector([]); // the bundled demo server: bad_structured_output breaks its own outputSchema
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callWithDefaults(page, "bad_structured_output");
  await expect(page.getByTestId("tool-result")).toBeVisible();
  await openChecks(page);
  const group = page.getByTestId("checks-panel").locator('[data-testid="check-group"][data-rule="tools/structured-content-mismatch"]');
  await expect(group).toBeVisible();
  await expect(group.getByTestId("check-finding").first()).toContainText("bad_structured_output");
  await expect(page.getByTestId("checks-summary")).toContainText("error");
});

test('an answer with "jsonrpc": "1.0" fails the call at once with what the server sent, and is a finding', async ({ page }) => {
  inspector = await startInspector([process.execPath, join(repoRoot, "e2e/fixtures/broken-servers/tool-answers-jsonrpc-1.0.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callWithDefaults(page, "legacy");
  // The line is recorded as stdout noise (clients drop it), but it is the answer: never "Request timed out".
  await expect(page.getByTestId("rpc-error")).toContainText('"jsonrpc" is "1.0"', { timeout: 20_000 });
  await expect(page.getByTestId("checks-summary")).toContainText("error");
  await openChecks(page);
  await expect(page.getByTestId("checks-panel").locator('[data-testid="check-group"][data-rule="jsonrpc/version"]')).toBeVisible();
});
