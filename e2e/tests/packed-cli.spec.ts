import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { isAlive, repoRoot, startInspector, tempDir } from "./inspector";

// Installs the npm-pack tarball alone into an empty folder and runs it with npx, as users will.
test("the packed CLI runs with npx from an empty folder", async ({ page }) => {
  test.setTimeout(240_000);
  const packDir = tempDir();
  execFileSync("npm", ["pack", "--pack-destination", packDir], { cwd: join(repoRoot, "apps/cli"), stdio: "pipe" });
  const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz"))!);
  const project = tempDir();
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", private: true }));
  // The package says node >=20.19: nothing it installs may say otherwise (npm prints EBADENGINE on stderr).
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", tarball], { cwd: project, encoding: "utf8", timeout: 180_000 });
  expect(install.status, install.stderr).toBe(0);
  expect(install.stdout + install.stderr).not.toContain("EBADENGINE");

  const inspector = await startInspector([], { command: ["npx", "mcp-inspect"], cwd: project });
  try {
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    await expect(page.getByRole("button", { name: /^echo\b/ })).toBeVisible();
  } finally {
    // npx itself dies of the SIGINT; what matters is that mcp-inspect stopped the server.
    await inspector.stop();
  }
  const spawn = parseSessionFile(readFileSync(inspector.recordPath, "utf8")).frames.find((f) => f.kind === "process" && f.event === "spawn");
  expect(spawn).toMatchObject({ args: [expect.stringContaining(join("node_modules", "mcp-inspect", "dist", "demo-server.js"))] });
  await expect.poll(() => isAlive((spawn as { pid: number }).pid)).toBe(false);
});
