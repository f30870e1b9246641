import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// Inspectors announce themselves in a per-user runtime folder and every `mcp-inspect proxy` publishes to the one it
// finds there: the tests' proxies must not reach a person's inspector, nor each other's (startInspector gives each
// inspector a folder of its own; a test that wants a proxy to find one passes that folder on).
process.env.MCP_INSPECT_RUNTIME_DIR ??= mkdtempSync(join(tmpdir(), "mcp-inspect-e2e-runtime-"));

/** Debian's Chromium: Playwright cannot download its own browsers on these machines. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  // Load tests (floods, 50 MB lines; tagged @load) measure the page under a stream: `npm run test:e2e`
  // runs them after the rest, one at a time, so on a two-core machine no other test's browser competes.
  projects: [
    { name: "main", grepInvert: /@load/ },
    { name: "load", grep: /@load/, workers: 1 },
  ],
  use: {
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
