import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listConfiguredServers, loadConfiguredServer } from "../config-file";
import { applyConfigFile } from "../config-file-flags";

function write(name: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "mcpi-config-"));
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

describe("loadConfiguredServer", () => {
  it("reads a Claude Code .mcp.json stdio entry with env and a relative cwd", () => {
    const file = write(".mcp.json", { mcpServers: { weather: { command: "node", args: ["dist/server.js"], env: { API_KEY: "k" }, cwd: "sub" } } });
    expect(loadConfiguredServer(file, "weather", {})).toEqual({ name: "weather", type: "stdio", command: "node", args: ["dist/server.js"], env: { API_KEY: "k" }, cwd: join(file, "..", "sub") });
  });

  it("uses the only entry when no --server is given", () => {
    const file = write("claude_desktop_config.json", { mcpServers: { only: { command: "python3", args: ["/srv/server.py"] } } });
    expect(loadConfiguredServer(file, undefined, {})).toMatchObject({ name: "only", command: "python3", args: ["/srv/server.py"] });
  });

  it("asks to pick one when there are several, listing them", () => {
    const file = write(".mcp.json", { mcpServers: { a: { command: "x" }, b: { command: "y" } } });
    expect(() => loadConfiguredServer(file, undefined, {})).toThrow(/has 2 servers; pick one with --server <name>:\n {2}a\n {2}b/);
  });

  it("names the available servers when --server is wrong", () => {
    const file = write(".mcp.json", { mcpServers: { a: { command: "x" }, b: { command: "y" } } });
    expect(() => loadConfiguredServer(file, "c", {})).toThrow(/no server named "c"; it has:\n {2}a\n {2}b/);
  });

  it("reads ~/.claude.json user and project (local) scope, preferring the current project", () => {
    const file = write(".claude.json", {
      mcpServers: { db: { command: "user-db" } },
      projects: { "/repo": { mcpServers: { db: { command: "repo-db" }, lint: { command: "lint" } } }, "/other": { mcpServers: {} } },
    });
    expect(loadConfiguredServer(file, "db", {}, "/repo")).toMatchObject({ command: "repo-db" });
    expect(loadConfiguredServer(file, "db", {}, "/elsewhere")).toMatchObject({ command: "user-db" });
    expect(loadConfiguredServer(file, "lint", {}, "/elsewhere")).toMatchObject({ command: "lint" });
    expect(() => loadConfiguredServer(file, undefined, {})).toThrow(/lint {2}\(project \/repo\)/);
  });

  it("reads a VS Code mcp.json: servers, comments, trailing commas, ${workspaceFolder}, ${env:X}", () => {
    const file = write(".vscode/mcp.json", `{
  // the inputs VS Code prompts for
  "inputs": [{ "type": "promptString", "id": "key" }],
  "servers": {
    "fs": { "type": "stdio", "command": "node", "args": ["\${workspaceFolder}/server.js", "\${env:HOME_DIR}",], /* trailing */ },
  },
}`);
    expect(loadConfiguredServer(file, "fs", { HOME_DIR: "/home/me" })).toMatchObject({ command: "node", args: [join(file, "..", "..") + "/server.js", "/home/me"] });
  });

  it("refuses VS Code ${input:...} values, naming the path", () => {
    const file = write(".vscode/mcp.json", { servers: { s: { command: "x", env: { KEY: "${input:key}" } } } });
    expect(() => loadConfiguredServer(file, "s", {})).toThrow(/servers\.s\.env\.KEY uses \$\{input:key\}, a value VS Code prompts for/);
  });

  it("reads remote entries: type http, sse, and url alone meaning http", () => {
    const file = write(".mcp.json", { mcpServers: { h: { type: "http", url: "https://x/mcp", headers: { Authorization: "Bearer ${TOKEN}" } }, s: { type: "sse", url: "https://x/sse" }, u: { url: "https://x/u" } } });
    expect(loadConfiguredServer(file, "h", { TOKEN: "t" })).toEqual({ name: "h", type: "http", url: "https://x/mcp", headers: { Authorization: "Bearer t" } });
    expect(loadConfiguredServer(file, "s", {})).toMatchObject({ type: "sse", url: "https://x/sse" });
    expect(loadConfiguredServer(file, "u", {})).toMatchObject({ type: "http", url: "https://x/u" });
  });

  it("expands ${VAR} and ${VAR:-default} in command, args, env and url", () => {
    const file = write(".mcp.json", { mcpServers: { s: { command: "${BIN:-node}", args: ["${ROOT}/s.js", "--mode=${MODE:-dev}"], env: { K: "${SECRET}" } } } });
    expect(loadConfiguredServer(file, "s", { ROOT: "/r", SECRET: "x", MODE: "prod" })).toMatchObject({ command: "node", args: ["/r/s.js", "--mode=prod"], env: { K: "x" } });
  });

  it("names a missing variable without a default", () => {
    const file = write(".mcp.json", { mcpServers: { s: { command: "node", env: { K: "${GITHUB_TOKEN}" } } } });
    expect(() => loadConfiguredServer(file, "s", {})).toThrow(/mcpServers\.s\.env\.K needs the environment variable GITHUB_TOKEN, which is not set/);
  });

  it("reports malformed JSON with line and column", () => {
    const file = write(".mcp.json", '{\n  "mcpServers": {\n    "s": { "command": }\n  }\n}');
    expect(() => loadConfiguredServer(file, "s", {})).toThrow(/\.mcp\.json:3:23: malformed JSON: expected a value$/);
    const missingComma = write(".mcp.json", '{\n  "mcpServers": {\n    "s": { "command": "x" "args": [] }\n  }\n}');
    expect(() => loadConfiguredServer(missingComma, "s", {})).toThrow(/:3:27: malformed JSON: expected ',' before this$/);
  });

  it("names the path of a wrong type", () => {
    const file = write(".mcp.json", { mcpServers: { s: { command: "node", args: "server.js" }, t: { command: "node", args: ["a", 3] }, u: { command: 1 }, v: { type: "ws", url: "x" } } });
    expect(() => loadConfiguredServer(file, "s", {})).toThrow(/mcpServers\.s\.args must be an array of strings, got string "server\.js"/);
    expect(() => loadConfiguredServer(file, "t", {})).toThrow(/mcpServers\.t\.args\[1\] must be a string, got number 3/);
    expect(() => loadConfiguredServer(file, "u", {})).toThrow(/mcpServers\.u\.command must be a string/);
    expect(() => loadConfiguredServer(file, "v", {})).toThrow(/mcpServers\.v\.type must be "stdio", "http" or "sse", got "ws"/);
  });

  it("says when the file does not exist or has no servers", () => {
    expect(() => loadConfiguredServer("/nonexistent/.mcp.json", undefined, {})).toThrow("config file not found: /nonexistent/.mcp.json");
    expect(() => loadConfiguredServer(write(".mcp.json", { other: 1 }), undefined, {})).toThrow(/has no servers/);
  });
});

describe("applyConfigFile", () => {
  const base = { env: ["B=cli"], header: [] as string[] };

  it("turns a stdio entry into the command line, -e and --cwd (command-line -e after the file's)", () => {
    const file = write(".mcp.json", { mcpServers: { s: { command: "node", args: ["x.js"], env: { A: "1", B: "file" } } } });
    const { commandLine, flags } = applyConfigFile([], { ...base, config: file }, {});
    expect(commandLine).toEqual(["node", "x.js"]);
    expect(flags.env).toEqual(["A=1", "B=file", "B=cli"]);
  });

  it("turns a remote entry into --url, --transport and --header", () => {
    const file = write(".mcp.json", { mcpServers: { r: { type: "sse", url: "http://h/sse", headers: { "X-Key": "v" } } } });
    const { commandLine, flags } = applyConfigFile([], { env: [], header: [], config: file }, {});
    expect(commandLine).toEqual([]);
    expect(flags).toMatchObject({ url: "http://h/sse", transport: "sse", header: ["X-Key: v"] });
  });

  it("refuses --server without --config, and --config with a command", () => {
    expect(() => applyConfigFile([], { ...base, server: "s" }, {})).toThrow(/add --config <file>/);
    expect(() => applyConfigFile(["node"], { ...base, config: "x.json" }, {})).toThrow(/either --config or a command/);
  });
});

describe("listConfiguredServers", () => {
  it("reads every entry on its own: one broken entry does not hide the others", () => {
    const file = write("claude_desktop_config.json", { mcpServers: { a: { command: "x" }, broken: { command: "y", env: { K: "${NOT_SET}" } }, c: { url: "http://127.0.0.1:1/mcp" } } });
    const { servers } = listConfiguredServers(file, {});
    expect(servers.map((s) => s.name)).toEqual(["a", "broken", "c"]);
    expect(servers[0]).toMatchObject({ server: { type: "stdio", command: "x" } });
    expect(servers[1]).toEqual({ name: "broken", error: expect.stringContaining("NOT_SET") });
    expect(servers[2]).toMatchObject({ server: { type: "http", url: "http://127.0.0.1:1/mcp" } });
  });

  it("starts servers where the client would, so relative paths resolve as there", () => {
    // Claude Code runs a project's .mcp.json servers in the project folder.
    const project = write(".mcp.json", { mcpServers: { s: { command: "node", args: ["dist/server.js"] } } });
    expect(listConfiguredServers(project, {}).servers[0]!.server).toMatchObject({ cwd: join(project, "..") });
    // VS Code: the workspace folder, the parent of .vscode.
    const vscode = write(".vscode/mcp.json", { servers: { s: { command: "node", args: ["server.js"] } } });
    expect(listConfiguredServers(vscode, {}).servers[0]!.server).toMatchObject({ cwd: join(vscode, "..", "..") });
    // ~/.claude.json local scope: that project's folder.
    const user = write(".claude.json", { projects: { "/work/app": { mcpServers: { s: { command: "node" } } } } });
    expect(listConfiguredServers(user, {}, "/work/app").servers[0]!.server).toMatchObject({ cwd: "/work/app" });
    // Claude Desktop has no project folder: no cwd (relative paths are the user's mistake to see).
    const desktop = write("claude_desktop_config.json", { mcpServers: { s: { command: "node", args: ["server.js"] } } });
    expect(listConfiguredServers(desktop, {}).servers[0]!.server).not.toHaveProperty("cwd");
  });
});

describe("listConfiguredServers warnings", () => {
  it("warns of a comment or a trailing comma in a file its client reads as strict JSON", () => {
    const commented = write(".mcp.json", '{\n  "mcpServers": {\n    // the weather one\n    "w": { "command": "node" }\n  }\n}');
    expect(listConfiguredServers(commented, {}).warnings).toEqual([
      `${commented}:3:5: a comment: read here, but Claude Code parses this file as strict JSON and would not load it (only VS Code's mcp.json allows comments and trailing commas)`,
    ]);
    const trailing = write("claude_desktop_config.json", '{ "mcpServers": { "w": { "command": "node", } } }');
    expect(listConfiguredServers(trailing, {}).warnings).toEqual([expect.stringMatching(/:1:45: a trailing comma before this: read here, but Claude Desktop parses this file/)]);
  });

  it("says nothing of strict JSON, nor of VS Code's mcp.json, which allows both", () => {
    expect(listConfiguredServers(write(".mcp.json", { mcpServers: { w: { command: "node" } } }), {}).warnings).toEqual([]);
    expect(listConfiguredServers(write(".vscode/mcp.json", '{ // VS Code\n "servers": { "w": { "command": "node", }, }, }'), {}).warnings).toEqual([]);
  });
});
