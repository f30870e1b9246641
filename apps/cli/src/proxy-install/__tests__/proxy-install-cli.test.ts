// The built CLI (dist/cli.js) run as a user runs it: exit codes, stdout and stderr of proxy install/uninstall.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MCP_JSON } from "./config-fixtures";

const CLI = fileURLToPath(new URL("../../../dist/cli.js", import.meta.url));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("mcp-inspect proxy install / uninstall (built CLI)", () => {
  it("installs through this node and cli.js, refuses twice and unknown names with exit 2, and uninstalls byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpi-install-cli-"));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, ".mcp.json");
    writeFileSync(file, MCP_JSON);

    const installed = cli("proxy", "install", "--config", file, "--server", "weather");
    expect(installed.stderr).toContain("is usually committed, and the entry now holds paths of this machine");
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain(`proxy install: changed ${file} (Claude Code), mcpServers.weather:\n`);
    expect(installed.stdout).toContain(`-       "command": "node",\n`);
    const entry = JSON.parse(readFileSync(file, "utf8")).mcpServers.weather;
    expect(entry.command).toBe(process.execPath);
    expect(entry.args).toEqual([realpathSync(CLI), "proxy", "--name", "weather", "--", "node", "dist/server.js", "--units", "metric"]);
    expect(readFileSync(`${file}.mcp-inspect.bak`, "utf8")).toBe(MCP_JSON);

    const twice = cli("proxy", "install", "--config", file, "--server", "weather");
    expect(twice.code).toBe(2);
    expect(twice.stdout).toBe("");
    expect(twice.stderr).toContain("already goes through mcp-inspect proxy; run proxy uninstall first");

    const unknown = cli("proxy", "uninstall", "--config", file, "--server", "wether");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`has no server named "wether"; it has:\n  weather\n  docs\n`);

    const restored = cli("proxy", "uninstall", "--config", file, "--server", "weather");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`+       "command": "node",\n`);
    expect(readFileSync(file, "utf8")).toBe(MCP_JSON);
  });

  it("a malformed file: exit 2 with the line and column, file untouched", () => {
    const file = join(mkdtempSync(join(tmpdir(), "mcpi-install-cli-")), "claude_desktop_config.json");
    const text = `{\n  "mcpServers": {\n    "a": { "command": "x", }\n    "b": {}\n  }\n}\n`;
    writeFileSync(file, text);
    const run = cli("proxy", "install", "--config", file, "--server", "a");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}:4:5: malformed JSON`);
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
