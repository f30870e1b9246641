import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { cliPath, demoServerPath, everythingServerPath, memoryServerPath, startInspector, tempDir } from "./inspector";

const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 10_000 });

test("--config with a Claude Code .mcp.json starts the named server, with its env, never recording values", async ({ page }) => {
  const dir = tempDir();
  const file = join(dir, ".mcp.json");
  writeFileSync(file, JSON.stringify({ mcpServers: {
    memory: { command: process.execPath, args: [memoryServerPath], env: { MEMORY_FILE_PATH: "${MEM_DIR}/memory.json", SECRET_KEY: "s3cret-value" } },
    everything: { command: "node", args: [everythingServerPath, "stdio"] },
  } }));
  const inspector = await startInspector([], { flags: ["--config", file, "--server", "memory"], env: { MEM_DIR: dir } });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("server-name")).toContainText("memory-server");
  expect(await inspector.stop()).toBe(0);
  const text = readFileSync(inspector.recordPath, "utf8");
  expect(text).not.toContain("s3cret-value");
  expect(parseSessionFile(text).header.target).toMatchObject({ type: "stdio", args: [memoryServerPath], envKeys: ["MEMORY_FILE_PATH", "SECRET_KEY"] });
});

test("--config with a VS Code .vscode/mcp.json (comments, ${workspaceFolder}) starts the right server", async ({ page }) => {
  const workspace = tempDir();
  mkdirSync(join(workspace, ".vscode"));
  copyFileSync(demoServerPath, join(workspace, "server.js"));
  const file = join(workspace, ".vscode", "mcp.json");
  writeFileSync(file, `{
  // VS Code's format: "servers", comments and trailing commas
  "inputs": [],
  "servers": {
    "demo": { "type": "stdio", "command": "node", "args": ["\${workspaceFolder}/server.js"], },
  },
}`);
  const inspector = await startInspector([], { flags: ["--config", file] });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await expect(page.getByTestId("server-name")).toContainText("mcp-inspect-demo");
  expect(await inspector.stop()).toBe(0);
});

test("a comment in a Claude Code .mcp.json is read, and the terminal warns that Claude Code would not load the file", async ({ page }) => {
  const dir = tempDir();
  copyFileSync(demoServerPath, join(dir, "server.js"));
  const file = join(dir, ".mcp.json");
  writeFileSync(file, `{\n  "mcpServers": {\n    // the demo\n    "demo": { "command": "node", "args": ["server.js"] }\n  }\n}\n`);
  const inspector = await startInspector([], { flags: ["--config", file] });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  expect(inspector.stderr()).toContain(`! ${file}:3:5: a comment: read here, but Claude Code parses this file as strict JSON and would not load it`);
  expect(await inspector.stop()).toBe(0);
});

test("--config errors: several servers, unknown name, malformed JSON with line and column, wrong types", () => {
  const dir = tempDir();
  const two = join(dir, "two.json");
  writeFileSync(two, JSON.stringify({ mcpServers: { a: { command: "x" }, b: { command: "y" } } }));
  // call and doctor need one server; the inspector lets the person pick (multi-server.spec.ts).
  const several = cli("call", "tools/list", "--config", two);
  expect(several.status).toBe(2);
  expect(several.stderr).toContain("has 2 servers; pick one with --server <name>:\n  a\n  b");
  const unknown = cli("doctor", "--config", two, "--server", "c");
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain('has no server named "c"; it has:');
  const bad = join(dir, "bad.json");
  writeFileSync(bad, '{\n  "mcpServers": {\n    "a": { "command": }\n  }\n}');
  const malformed = cli("call", "tools/list", "--config", bad);
  expect(malformed.status).toBe(2);
  expect(malformed.stderr).toContain("bad.json:3:23: malformed JSON");
  const types = join(dir, "types.json");
  writeFileSync(types, JSON.stringify({ mcpServers: { a: { command: "node", args: "server.js" } } }));
  expect(cli("call", "tools/list", "--config", types).stderr).toContain("mcpServers.a.args must be an array of strings");
});

test("call and doctor take the server from --config", () => {
  const dir = tempDir();
  const file = join(dir, ".mcp.json");
  writeFileSync(file, JSON.stringify({ mcpServers: { demo: { command: process.execPath, args: ["server.js"], cwd: "." } } }));
  copyFileSync(demoServerPath, join(dir, "server.js"));
  // The relative cwd is the config file's folder, so server.js is found from anywhere.
  const call = cli("call", "tools/list", "--config", file);
  expect(call.status, call.stderr).toBe(0);
  expect(call.stdout).toContain('"name": "echo"');
  const doctor = cli("doctor", "--json", "--config", file, "--server", "demo");
  expect(JSON.parse(doctor.stdout).server.name).toBe("mcp-inspect-demo");
});

test("a .mcp.json entry with relative paths and no cwd runs in the project folder, as Claude Code runs it", () => {
  const project = tempDir();
  copyFileSync(demoServerPath, join(project, "server.js"));
  const file = join(project, ".mcp.json");
  writeFileSync(file, JSON.stringify({ mcpServers: { demo: { command: "node", args: ["server.js"] } } }));
  // Run from elsewhere (the repo root): server.js is found in the project folder, not here.
  const call = cli("call", "tools/list", "--config", file);
  expect(call.status, call.stderr).toBe(0);
  expect(call.stdout).toContain('"name": "echo"');
});

test("--watch restarts the server on a change, keeps the log, and shows the new tool; the Server tab has the claude mcp add command", async ({ page }) => {
  const dir = tempDir();
  const server = join(dir, "server.js");
  copyFileSync(demoServerPath, server);
  // Relative to the inspector's cwd: the Server tab must turn it into an absolute path.
  const inspector = await startInspector(["node", "server.js"], { flags: ["--watch", dir], cwd: dir });
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await page.getByRole("tab", { name: "Tools" }).click();
  await expect(page.getByRole("button", { name: /^echo\b/ }).first()).toBeVisible();

  writeFileSync(server, readFileSync(server, "utf8").replace('name: "echo",', 'name: "echo_v2",'));
  await expect.poll(() => inspector.stderr()).toContain("- change in server.js: restarting");
  await expect(page.getByRole("button", { name: /^echo_v2\b/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  const frames = parseSessionFile(readFileSync(inspector.recordPath, "utf8")).frames;
  expect(frames.filter((f) => f.kind === "process" && f.event === "spawn")).toHaveLength(2);
  expect(frames.find((f) => f.kind === "process" && f.event === "restart")).toMatchObject({ reason: "change in server.js" });

  await page.getByRole("tab", { name: "Server" }).click();
  await expect(page.getByTestId("claude-add-command")).toHaveText(`claude mcp add --scope user mcp-inspect-demo -- node ${server}`);
  await expect(page.getByTestId("claude-mcp-json")).toContainText(`"args": [\n        "${server}"`);
  await expect(page.getByTestId("claude-add-proxy-command")).toHaveText(`claude mcp add --scope user mcp-inspect-demo -- npx mcp-inspect proxy --name mcp-inspect-demo -- node ${server}`);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy the claude mcp add command" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`claude mcp add --scope user mcp-inspect-demo -- node ${server}`);
  expect(await inspector.stop()).toBe(0);
});
