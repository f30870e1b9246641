import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { cliPath, repoRoot, startInspector, type RunningInspector } from "./inspector";

const fixture = (name: string) => join(repoRoot, "e2e/fixtures/hostile-servers", name);

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  if (inspector) expect(await inspector.stop()).toBe(0);
  inspector = undefined;
});

/** Content-Security-Policy violations the page reports in its console: there must be none. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

test("a catastrophic pattern in both schemas freezes neither the tab nor the backend, and is a finding", async ({ page }) => {
  const violations = cspViolations(page);
  inspector = await startInspector([process.execPath, fixture("catastrophic-pattern.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");

  // Opening the tool validates its default value ("a" x 34 then "!") against ^(a+)+$.
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: /^match\b/ }).click();
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("invalid-args")).toContainText("must match pattern");
  await page.getByRole("button", { name: "Send anyway" }).click();
  // The result's structuredContent is checked against the same pattern in the page and in the backend.
  await expect(page.getByTestId("tool-result")).toContainText("aaaa");
  // Still responsive: other tabs open, the backend still answers.
  await page.getByRole("tab", { name: "Resources" }).click();
  await expect(page.getByRole("tab", { name: "Resources" })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("tab", { name: "Tools" }).click();

  await page.getByTestId("checks-tab").click();
  const slow = page.getByTestId("checks-panel").locator('[data-testid="check-group"][data-rule="tools/schema-pattern-slow"]');
  await expect(slow).toBeVisible();
  await expect(slow).toContainText('tool "match"');
  await expect(slow).toContainText("/result/tools/0/outputSchema/properties/text/pattern");
  await expect(page.getByTestId("checks-panel").locator('[data-rule="tools/structured-content-mismatch"]')).toBeVisible();
  expect(violations).toEqual([]);
});

test("a remote image in a server's Markdown is not fetched until the person asks", async ({ page }) => {
  const violations = cspViolations(page);
  const requested: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("pixel.png")) requested.push(request.url());
  });
  inspector = await startInspector([process.execPath, fixture("catastrophic-pattern.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Tools" }).click();
  await page.getByRole("button", { name: /^report\b/ }).click();
  await page.getByRole("button", { name: "Call tool" }).click();
  await expect(page.getByTestId("content-markdown")).toContainText("Weekly report");
  const placeholder = page.getByTestId("remote-image");
  await expect(placeholder).toContainText("https://127.0.0.1:9/pixel.png?who=you");
  expect(requested).toEqual([]);
  await placeholder.getByRole("button", { name: /Load image/ }).click();
  await expect.poll(() => requested.length).toBe(1);
  expect(violations).toEqual([]);
});

test("a 500-character server version is cut in the header, and the tabs stay clickable", async ({ page }) => {
  inspector = await startInspector([process.execPath, fixture("long-server-info.mjs")]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  const version = page.getByTestId("server-version");
  await expect(version).toContainText("1.0.0-vvv");
  // Cut to its box, not as wide as its text.
  const box = (await version.boundingBox())!;
  expect(box.width).toBeLessThan(200);
  for (const name of ["Resources", "Tools"]) {
    await page.getByRole("tab", { name }).click({ timeout: 5_000 });
    await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
  }
  await page.getByRole("tab", { name: "Resources" }).click();
  await expect(page.getByText("note://one")).toBeVisible();
});

test("doctor calls the tool with the catastrophic pattern and reports it, instead of hanging", () => {
  // Both the protocol checker and the SDK client check the result against ^(a+)+$; killed at 60 s if either hangs.
  const run = spawnSync(process.execPath, [cliPath, "doctor", "--call-tools", "--", process.execPath, fixture("catastrophic-pattern.mjs")], { encoding: "utf8", timeout: 60_000, cwd: repoRoot });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("✓ tools/call match");
  expect(run.stdout).toContain("tools/schema-pattern-slow (2)");
  expect(run.stdout).toContain("tools/structured-content-mismatch");
});
