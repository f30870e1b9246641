import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, test, type Locator } from "@playwright/test";
import { parseSessionFile, type Frame } from "@mcp-inspect/core";
import { cliPath, demoServerPath, repoRoot, startWatch, tempDir } from "./inspector";

// Claude Code, from npm (a pinned devDependency), as the real client of `mcp-inspect proxy`. Its own HOME (a temp
// dir) keeps the user's config out, and it runs offline: `mcp list` only starts the local servers to check them.
const claude = join(repoRoot, "node_modules/.bin/claude");
const claudeVersion = (createRequire(import.meta.url)("@anthropic-ai/claude-code/package.json") as { version: string }).version;

function runClaude(home: string, project: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    // Nothing but the local server: no update check, telemetry or error reports.
    DISABLE_AUTOUPDATER: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_ERROR_REPORTING: "1",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
  };
  delete env.ANTHROPIC_API_KEY;
  return spawnSync(claude, args, { cwd: project, env, encoding: "utf8", timeout: 90_000 });
}

test("Claude Code connects to a local-scope server whose command is the proxy; the recording holds its own initialize", () => {
  test.setTimeout(180_000);
  const home = tempDir();
  const project = join(tempDir(), "project");
  mkdirSync(project);
  const record = join(project, "claude-code.jsonl");

  const version = runClaude(home, project, "--version");
  expect(version.error, "claude could not start").toBeUndefined();
  expect(version.stdout).toContain(`${claudeVersion} (Claude Code)`);

  const add = runClaude(home, project, "mcp", "add", "--scope", "local", "demo", "--", process.execPath, cliPath, "proxy", "--record", record, "--", process.execPath, demoServerPath);
  expect(add.status, add.stderr).toBe(0);
  expect(add.stdout).toContain("Added stdio MCP server demo");

  const list = runClaude(home, project, "mcp", "list");
  expect(list.status, list.stderr).toBe(0);
  // Its format: "<name>: <command line> - ✔ Connected" (✗ Failed to connect when the handshake fails).
  expect(list.stdout).toMatch(/^demo: .*proxy --record .* - ✔ Connected$/m);

  const frames: Frame[] = parseSessionFile(readFileSync(record, "utf8")).frames;
  const init = frames.find((f) => f.kind === "message" && f.dir === "client->server" && f.msg.method === "initialize");
  expect(init, "Claude Code's initialize is in the recording").toBeDefined();
  const params = (init as Extract<Frame, { kind: "message" }>).msg.params as { clientInfo: { name: string; version: string }; capabilities: Record<string, unknown>; protocolVersion: string };
  expect(params.clientInfo).toMatchObject({ name: "claude-code", version: claudeVersion });
  // What Claude Code declares it can do for a server: roots (and elicitation) in this version.
  expect(params.capabilities).toHaveProperty("roots");
  expect(typeof params.protocolVersion).toBe("string");
  // The server answered through the proxy, and the server ended when Claude Code let go of it.
  expect(frames.some((f) => f.kind === "message" && f.dir === "server->client" && f.msg.id === (init as Extract<Frame, { kind: "message" }>).msg.id && "result" in f.msg)).toBe(true);
  expect(frames.some((f) => f.kind === "process" && f.event === "exit")).toBe(true);
});

test("proxy install rewrites Claude Code's local-scope entry so it connects through the proxy; uninstall restores the entry (Claude Code rewrites the rest of its own file)", () => {
  test.setTimeout(240_000);
  const home = tempDir();
  const project = join(tempDir(), "project");
  mkdirSync(project);
  const record = join(tempDir(), "recordings");
  const add = runClaude(home, project, "mcp", "add", "--scope", "local", "demo", "--", process.execPath, demoServerPath);
  expect(add.status, add.stderr).toBe(0);
  const config = join(home, ".claude.json");
  const before = readFileSync(config, "utf8");

  const install = spawnSync(process.execPath, [cliPath, "proxy", "install", "--config", config, "--server", "demo", "--project", project, "--record-dir", record], { encoding: "utf8" });
  expect(install.status, install.stderr).toBe(0);
  const listed = runClaude(home, project, "mcp", "list");
  expect(listed.stdout).toMatch(/^demo: .* proxy .* - ✔ Connected$/m);
  // The proxied connection was recorded, with Claude Code's own initialize.
  const recorded = readFileSync(join(record, "demo.jsonl"), "utf8");
  expect(parseSessionFile(recorded).frames.some((f) => f.kind === "message" && f.msg.method === "initialize" && JSON.stringify(f.msg).includes("claude-code"))).toBe(true);

  const uninstall = spawnSync(process.execPath, [cliPath, "proxy", "uninstall", "--config", config, "--server", "demo", "--project", project], { encoding: "utf8" });
  expect(uninstall.status, uninstall.stderr).toBe(0);
  const after = readFileSync(config, "utf8");
  // Claude Code may have written its own state into the file meanwhile (mcp list): compare the server entry's bytes.
  const entry = (text: string) => JSON.stringify((JSON.parse(text) as { projects: Record<string, { mcpServers: unknown }> }).projects[project]?.mcpServers);
  expect(entry(after)).toBe(entry(before));
  expect(runClaude(home, project, "mcp", "list").stdout).toMatch(/^demo: .*server\.js - ✔ Connected$/m);
});

test("with an inspector running, Claude Code's proxied session appears in it live as a \"claude-code → demo\" tab, with Claude Code's initialize in its log", async ({ page }) => {
  test.setTimeout(180_000);
  const home = tempDir();
  const project = join(tempDir(), "project");
  mkdirSync(project);
  // The inspector and the proxy share a runtime folder of their own; Claude Code hands the variable to its server (-e).
  const runtimeDir = join(tempDir(), "runtime");
  const watch = await startWatch(runtimeDir);
  try {
    await page.goto(watch.url);
    await expect(page.getByTestId("waiting-for-proxies")).toBeVisible();
    const add = runClaude(home, project, "mcp", "add", "--scope", "local", "demo", "-e", `MCP_INSPECT_RUNTIME_DIR=${runtimeDir}`, "--", process.execPath, cliPath, "proxy", "--name", "demo", "--record", join(project, "demo.jsonl"), "--", process.execPath, demoServerPath);
    expect(add.status, add.stderr).toBe(0);
    const list = runClaude(home, project, "mcp", "list");
    expect(list.stdout).toMatch(/^demo: .*proxy .* - ✔ Connected$/m);

    const tab = page.getByTestId("server-tab").filter({ hasText: "claude-code → demo" });
    await expect(tab).toBeVisible({ timeout: 30_000 });
    await tab.click();
    const view: Locator = page.locator('[data-testid="server-view"][data-active="true"]');
    await expect(view.getByTestId("live-feed-banner")).toContainText("claude-code → demo");
    // Claude Code's own initialize, with its clientInfo, in the tab's log.
    const init = view.getByTestId("message-log").getByTestId("log-row").filter({ hasText: "initialize" }).first();
    await init.click();
    await expect(view.getByTestId("log-detail")).toContainText("clientInfo");
    await expect(view.getByTestId("log-detail")).toContainText("claude-code");
    await expect(view.getByTestId("log-detail")).toContainText(claudeVersion);
  } finally {
    await watch.stop();
  }
});
