import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../common/usage-error";
import { backupPath, runProxyInstall, runProxyUninstall, type Output, type ProxyInstallFlags } from "../proxy-install-command";
import { CLAUDE_JSON, CURSOR_JSON, DESKTOP_JSON, MCP_JSON, VSCODE_MCP_JSON, VSCODE_SETTINGS_JSON } from "./config-fixtures";

const LAUNCHER = { command: "/opt/node/bin/node", args: ["/opt/mcp-inspect/dist/cli.js"] };

function write(relative: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "mcpi-install-")), relative);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function capture(): Output & { stdout: string; stderr: string } {
  const io = { stdout: "", stderr: "", out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

const install = (flags: ProxyInstallFlags, io = capture()) => ({ code: runProxyInstall(flags, LAUNCHER, io), io });
const uninstall = (flags: ProxyInstallFlags, io = capture()) => ({ code: runProxyUninstall(flags, io), io });

function entryAt(file: string, path: string[]): Record<string, unknown> {
  let value: unknown = parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), [], { allowTrailingComma: true });
  for (const key of path) value = (value as Record<string, unknown>)[key];
  return value as Record<string, unknown>;
}

const proxied = (name: string, command: string, args: string[]) => [...LAUNCHER.args, "proxy", "--name", name, "--", command, ...args];

/** Installs, checks the entry and that nothing else moved, uninstalls, checks the file is back byte for byte. */
function roundTrip(relative: string, original: string, flags: Omit<ProxyInstallFlags, "config">, path: string[], expected: { command: string; args: string[] }) {
  const file = write(relative, original);
  const before = entryAt(file, path);
  expect(install({ config: file, ...flags }).code).toBe(0);
  const after = entryAt(file, path);
  expect(after).toEqual({ ...before, command: LAUNCHER.command, args: proxied(flags.server, expected.command, expected.args) });
  // Every other byte is unchanged: the file minus the entry's lines is the same.
  const installed = readFileSync(file, "utf8");
  expect(readFileSync(backupPath(file), "utf8")).toBe(original);
  expect(uninstall({ config: file, ...flags }).code).toBe(0);
  expect(readFileSync(file, "utf8")).toBe(original);
  expect(readFileSync(backupPath(file), "utf8")).toBe(installed);
  return installed;
}

describe("proxy install / uninstall round-trip, byte for byte", () => {
  it("Claude Code .mcp.json (multi-line args, env kept)", () => {
    const installed = roundTrip(".mcp.json", MCP_JSON, { server: "weather" }, ["mcpServers", "weather"], { command: "node", args: ["dist/server.js", "--units", "metric"] });
    // Only the entry's command and first args line changed.
    const diff = MCP_JSON.split("\n").filter((line, i) => installed.split("\n")[i] !== line);
    expect(diff).toEqual(['      "command": "node",', '        "dist/server.js",']);
  });

  it("~/.claude.json user scope, with several projects around it", () => {
    roundTrip(".claude.json", CLAUDE_JSON, { server: "github" }, ["mcpServers", "github"], { command: "npx", args: ["-y", "@modelcontextprotocol/server-github"] });
  });

  it("~/.claude.json local scope picked with --project, empty args, escapes in the command kept as written", () => {
    const installed = roundTrip(".claude.json", CLAUDE_JSON, { server: "lint", project: "/home/ada/src/tools" }, ["projects", "/home/ada/src/tools", "mcpServers", "lint"], { command: "C:\\tools\\lint-server.exe", args: [] });
    expect(installed).toContain('"--", "C:\\\\tools\\\\lint\\u002dserver.exe"]');
  });

  it("~/.claude.json: a name in both scopes is picked with --project or --user-scope", () => {
    roundTrip(".claude.json", CLAUDE_JSON, { server: "db", project: "/home/ada/src/weather" }, ["projects", "/home/ada/src/weather", "mcpServers", "db"], { command: "python3", args: ["-m", "dbserver", "--dsn=postgres://localhost/weather"] });
    roundTrip(".claude.json", CLAUDE_JSON, { server: "db", userScope: true }, ["mcpServers", "db"], { command: "uvx", args: [] });
  });

  it("Claude Desktop with CRLF line endings and one-line args", () => {
    const installed = roundTrip("claude_desktop_config.json", DESKTOP_JSON, { server: "filesystem" }, ["mcpServers", "filesystem"], { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "C:\\Users\\ada\\Desktop"] });
    expect(installed.split("\r\n").length).toBe(DESKTOP_JSON.split("\r\n").length);
    expect(installed.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("Claude Desktop one-line entry without args: install adds them, uninstall removes them", () => {
    const installed = roundTrip("claude_desktop_config.json", DESKTOP_JSON, { server: "notes" }, ["mcpServers", "notes"], { command: "notes-server", args: [] });
    expect(installed).toContain(`"notes": { "command": "/opt/node/bin/node", "args": ["/opt/mcp-inspect/dist/cli.js", "proxy", "--name", "notes", "--", "notes-server"] }`);
  });

  it("a file saved with a UTF-8 byte order mark keeps it", () => {
    roundTrip("claude_desktop_config.json", "\uFEFF" + DESKTOP_JSON, { server: "notes" }, ["mcpServers", "notes"], { command: "notes-server", args: [] });
  });

  it("VS Code .vscode/mcp.json: comments, trailing commas and tabs stay", () => {
    const installed = roundTrip(".vscode/mcp.json", VSCODE_MCP_JSON, { server: "weather" }, ["servers", "weather"], { command: "node", args: ["${workspaceFolder}/dist/server.js"] });
    expect(installed).toContain('\t\t\t"command": "/opt/node/bin/node", // built by npm run build\n');
    expect(installed).toContain('"--", "node", "${workspaceFolder}/dist/server.js", // entry point\n\t\t\t],');
  });

  it("VS Code settings.json (mcp.servers)", () => {
    roundTrip(".config/Code/User/settings.json", VSCODE_SETTINGS_JSON, { server: "time" }, ["mcp", "servers", "time"], { command: "uvx", args: ["mcp-server-time"] });
  });

  it("Cursor .cursor/mcp.json, an entry without args", () => {
    roundTrip(".cursor/mcp.json", CURSOR_JSON, { server: "local-tools" }, ["mcpServers", "local-tools"], { command: "/usr/local/bin/local-tools-mcp", args: [] });
  });

  it("--record-dir: the proxy records to <dir>/<server>.jsonl, the folder made", () => {
    const file = write(".cursor/mcp.json", CURSOR_JSON);
    const dir = join(file, "..", "sessions", "cursor");
    install({ config: file, server: "local-tools", recordDir: dir });
    expect(entryAt(file, ["mcpServers", "local-tools"]).args).toEqual([...LAUNCHER.args, "proxy", "--name", "local-tools", "--record", join(dir, "local-tools.jsonl"), "--", "/usr/local/bin/local-tools-mcp"]);
    expect(statSync(dir).isDirectory()).toBe(true);
    uninstall({ config: file, server: "local-tools" });
    expect(readFileSync(file, "utf8")).toBe(CURSOR_JSON);
  });

  it("args written before the command, and a file without a final newline", () => {
    const original = `{"mcpServers":{"x":{"args":["--port","0"],"env":{"A":"1"},"command":"srv"}}}`;
    roundTrip(".mcp.json", original, { server: "x" }, ["mcpServers", "x"], { command: "srv", args: ["--port", "0"] });
  });

  it('an empty "args": [] right after the command on one line comes back, with the backup to tell it from added args', () => {
    const original = `{ "mcpServers": { "x": { "command": "srv", "args": [] } } }\n`;
    const file = write(".mcp.json", original);
    install({ config: file, server: "x" });
    uninstall({ config: file, server: "x" });
    expect(readFileSync(file, "utf8")).toBe(original);
  });
});

describe("the backup", () => {
  it("sits next to the file with the file's mode: ~/.claude.json is private and holds tokens", () => {
    const file = write(".claude.json", CLAUDE_JSON);
    chmodSync(file, 0o600);
    install({ config: file, server: "github" });
    expect(backupPath(file)).toBe(join(file, "..", ".claude.json.mcp-inspect.bak"));
    expect(statSync(backupPath(file)).mode & 0o777).toBe(0o600);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe("what install and uninstall print", () => {
  it("prints the file, the entry, a before/after of its lines and the backup", () => {
    const file = write(".cursor/mcp.json", CURSOR_JSON);
    const { io } = install({ config: file, server: "local-tools" });
    expect(io.stdout).toBe(
      `proxy install: changed ${file} (Cursor), mcpServers.local-tools:\n` +
        `-     "local-tools": {\n` +
        `-       "command": "/usr/local/bin/local-tools-mcp",\n` +
        `-       "env": { "LOG_LEVEL": "debug" }\n` +
        `-     }\n` +
        `+     "local-tools": {\n` +
        `+       "command": "/opt/node/bin/node", "args": ["/opt/mcp-inspect/dist/cli.js", "proxy", "--name", "local-tools", "--", "/usr/local/bin/local-tools-mcp"],\n` +
        `+       "env": { "LOG_LEVEL": "debug" }\n` +
        `+     }\n` +
        `backup of the file before: ${file}.mcp-inspect.bak\n`,
    );
    expect(io.stderr).toBe("");
    const back = uninstall({ config: file, server: "local-tools" }).io.stdout;
    expect(back).toMatch(/^proxy uninstall: restored .*\(Cursor\), mcpServers.local-tools:\n- {5}"local-tools": \{\n/);
    expect(back).toContain(`+       "command": "/usr/local/bin/local-tools-mcp",\n`);
  });

  it("shows the CRLF file's lines without the carriage returns", () => {
    const file = write("claude_desktop_config.json", DESKTOP_JSON);
    const { io } = install({ config: file, server: "notes" });
    expect(io.stdout).not.toContain("\r");
    expect(io.stdout).toContain(`-     "notes": { "command": "notes-server" }\n+     "notes": { "command": "/opt/node/bin/node", "args": [`);
  });
});

describe("refusals (the file is left untouched)", () => {
  function refused(relative: string, text: string, run: (file: string) => unknown, message: RegExp) {
    const file = write(relative, text);
    expect(() => run(file)).toThrow(UsageError);
    expect(() => run(file)).toThrow(message);
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(existsSync(backupPath(file))).toBe(false);
  }

  it("installing twice is refused: already proxied", () => {
    const file = write(".mcp.json", MCP_JSON);
    install({ config: file, server: "weather" });
    const once = readFileSync(file, "utf8");
    expect(() => install({ config: file, server: "weather" })).toThrow(/mcpServers.weather already goes through mcp-inspect proxy; run proxy uninstall first/);
    expect(readFileSync(file, "utf8")).toBe(once);
  });

  it("uninstalling an entry that is not proxied is refused", () => {
    refused(".mcp.json", MCP_JSON, (file) => uninstall({ config: file, server: "weather" }), /mcpServers.weather does not go through mcp-inspect proxy; nothing to restore/);
  });

  it("a remote (url) entry is refused", () => {
    refused(".mcp.json", MCP_JSON, (file) => install({ config: file, server: "docs" }), /mcpServers.docs is a remote server \(url "https:\/\/docs.example.com\/mcp"\): proxy install rewrites stdio servers only/);
    refused(".vscode/mcp.json", VSCODE_MCP_JSON, (file) => install({ config: file, server: "remote" }), /servers.remote is a remote server/);
  });

  it("an unknown name lists the names there are, with their projects", () => {
    refused(".claude.json", CLAUDE_JSON, (file) => install({ config: file, server: "nope" }), /has no server named "nope"; it has:\n {2}github\n {2}db\n {2}weather {2}\(project \/home\/ada\/src\/weather\)\n {2}db {2}\(project \/home\/ada\/src\/weather\)\n {2}lint {2}\(project \/home\/ada\/src\/tools\)$/);
  });

  it("a name in several places of ~/.claude.json is refused, listing where", () => {
    refused(".claude.json", CLAUDE_JSON, (file) => install({ config: file, server: "db" }), /"db" is defined 2 times in .*; pick one with --project <folder> or --user-scope:\n {2}mcpServers.db {2}\(--user-scope\)\n {2}projects\["\/home\/ada\/src\/weather"\].mcpServers.db {2}\(--project \/home\/ada\/src\/weather\)/);
  });

  it("a malformed file names the line and column", () => {
    refused(".mcp.json", `{\n  "mcpServers": {\n    "a": { "command": "x" }\n    "b": { "command": "y" }\n  }\n}\n`, (file) => install({ config: file, server: "a" }), /\.mcp\.json:4:5: malformed JSON: expected ',' before this/);
  });

  it("--project is for ~/.claude.json only", () => {
    refused(".cursor/mcp.json", CURSOR_JSON, (file) => install({ config: file, server: "local-tools", project: "/x" }), /--project and --user-scope are for Claude Code's ~\/.claude.json/);
  });

  it("a missing file is named", () => {
    expect(() => install({ config: "/nonexistent/.mcp.json", server: "x" })).toThrow(/config file not found: \/nonexistent\/.mcp.json/);
  });
});

describe("notes on stderr", () => {
  it("a project .mcp.json is usually committed: install says the entry now holds this machine's paths", () => {
    const file = write(".mcp.json", MCP_JSON);
    expect(install({ config: file, server: "weather" }).io.stderr).toBe(`mcp-inspect: note: ${file} is usually committed, and the entry now holds paths of this machine; run proxy uninstall before committing\n`);
  });
});

describe("format detection", () => {
  it("--format forces the reading: a file named otherwise with servers under mcpServers", () => {
    const file = write("my-config.json", CURSOR_JSON);
    const { io } = install({ config: file, server: "local-tools", format: "cursor" });
    expect(io.stdout).toContain("(Cursor)");
  });

  it("guesses from the shape when the name says nothing", () => {
    const file = write("servers.json", `{ "servers": { "a": { "command": "x" } } }`);
    expect(install({ config: file, server: "a" }).io.stdout).toContain("(VS Code), servers.a:");
  });
});
