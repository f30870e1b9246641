import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";
import { cliPath, repoRoot, tempDir } from "./inspector";

const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 60_000, cwd: repoRoot });

test("export-session --format html: the report of a real recorded session opens from a file:// URL in Chromium, offline, with its log rows and findings", async ({ page }) => {
  const dir = tempDir();
  const session = join(dir, "bad-tools.jsonl");
  const report = join(dir, "report.html");
  // Record a real session: the doctor against a server whose tool names break the rules, so it has findings.
  const recorded = cli("doctor", "--record", session, "--", process.execPath, join(repoRoot, "e2e/fixtures/broken-servers/bad-tool-names.mjs"));
  expect(recorded.status, recorded.stderr).toBe(1);
  const exported = cli("export-session", session, "--format", "html", "-o", report);
  expect(exported.status, exported.stderr).toBe(0);

  // Everything the page asks for: only the file itself (no CDN, no font, no script).
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const url = pathToFileURL(report).href;
  await page.goto(url);
  expect(requests).toEqual([url]);

  const frames = readFileSync(session, "utf8").trim().split("\n").slice(1).map((line) => JSON.parse(line) as { kind: string; rule?: string; msg?: { method?: string } });
  await expect(page.getByRole("heading", { name: "mcp-inspect session report" })).toBeVisible();
  await expect(page.getByTestId("log-row")).toHaveCount(frames.filter((f) => f.kind !== "check").length);
  await expect(page.getByTestId("log-row").filter({ hasText: "request tools/list" })).toBeVisible();
  const findings = frames.filter((f) => f.kind === "check");
  expect(findings.length).toBeGreaterThan(0);
  await expect(page.getByTestId("finding")).toHaveCount(findings.length);
  await expect(page.getByTestId("finding").first()).toContainText(findings[0]!.rule!);
  await expect(page.getByTestId("stats")).toContainText("tools/list");
  // A finding's frame link jumps to its log row.
  await page.getByTestId("finding").first().getByRole("link").click();
  await expect(page.locator(":target")).toHaveAttribute("data-testid", "log-row");
  await expect(page.locator(":target")).toContainText("response");
});
