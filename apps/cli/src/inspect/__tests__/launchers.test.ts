import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Frame } from "@mcp-inspect/core";
import { createFullProtocolChecker } from "@mcp-inspect/core/checks/wire";
import { launchersFrom, recordPath, relativePaths, type LaunchFlags } from "../launchers";
import { targetEnv } from "../../target/target-env";

const flags = (extra: Partial<LaunchFlags> = {}): LaunchFlags => ({ port: 0, host: "127.0.0.1", open: false, env: [], header: [], initTimeout: 1000, ...extra });
const ctx = (lines: string[] = []) => ({ initTimeout: 1000, writeStderr: (t: string) => void lines.push(t), stopping: () => false, checker: () => createFullProtocolChecker() });

describe("launchersFrom", () => {
  it("offers the command line's target as `cli`, named after its script", () => {
    expect(launchersFrom(["node", "dist/server.js", "--port", "1"], flags(), ctx())).toMatchObject([{ id: "cli", name: "server.js", description: "node dist/server.js --port 1", source: "command-line" }]);
    expect(launchersFrom([], flags(), ctx())).toMatchObject([{ id: "cli", name: "demo", description: "the bundled demo server" }]);
    expect(launchersFrom([], flags({ url: "http://127.0.0.1:3001/mcp" }), ctx())).toMatchObject([{ id: "cli", name: "127.0.0.1:3001", description: "http://127.0.0.1:3001/mcp" }]);
  });

  it("offers every startable entry of a config file, and says which cannot start", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpi-launchers-"));
    const file = join(dir, ".mcp.json");
    writeFileSync(file, JSON.stringify({ mcpServers: { a: { command: "node", args: ["a.js"] }, b: { command: "${MISSING_FOR_TEST}" }, c: { type: "sse", url: "http://127.0.0.1:1/sse" } } }));
    const lines: string[] = [];
    const launchers = launchersFrom([], flags({ config: file }), ctx(lines));
    expect(launchers.map((l) => [l.id, l.name, l.description])).toEqual([["config:a", "a", "node a.js"], ["config:c", "c", "http://127.0.0.1:1/sse"]]);
    expect(lines.join("")).toContain("! b (in " + file + ") cannot be started");
  });
});

describe("--protocol reaches the browser through the session header", () => {
  it("a pinned revision is written into the header; auto (the default) leaves the field out", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpi-protocol-"));
    const headerOf = (extra: Partial<LaunchFlags>) => launchersFrom(["node", "server.js"], flags(extra), { ...ctx(), record: join(dir, `${extra.protocol ?? "auto"}.jsonl`) })[0]!.create({ id: "s1", name: "x" }).header;
    expect(headerOf({ protocol: "2025-11-25" }).protocol).toBe("2025-11-25");
    expect(headerOf({ protocol: "2026-07-28" }).protocol).toBe("2026-07-28");
    expect(headerOf({}).protocol).toBeUndefined();
  });
});

describe("recordPath", () => {
  it("puts the first server in --record and the others beside it, named after them", () => {
    const at = new Date(0);
    expect(recordPath("/d/session.jsonl", "s1", "demo", at, "x")).toBe("/d/session.jsonl");
    expect(recordPath("/d/session.jsonl", "s2", "memory", at, "x")).toBe("/d/session.s2-memory.jsonl");
    expect(recordPath("/d/session.jsonl", "s3", "my server (2)", at, "x")).toBe("/d/session.s3-my-server-2.jsonl");
    expect(recordPath(undefined, "s2", "memory", at, "abcdef0123")).toMatch(/1970-01-01T00-00-00-000Z-abcdef01\.jsonl$/);
  });
});

describe("relativePaths", () => {
  it("finds relative script paths, not flags, packages, URLs or absolute paths", () => {
    expect(relativePaths(["node", "dist/server.js", "--port", "1", "/abs/x.js"])).toEqual(["dist/server.js"]);
    expect(relativePaths(["python3", "server.py", "./data"])).toEqual(["server.py", "./data"]);
    expect(relativePaths(["npx", "-y", "@modelcontextprotocol/server-memory", "http://x/y"])).toEqual([]);
  });

  it("warns about them for a Claude Desktop entry, not for a .mcp.json one (run in its project folder)", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpi-launchers-"));
    const desktop = join(dir, "claude_desktop_config.json");
    writeFileSync(desktop, JSON.stringify({ mcpServers: { s: { command: "node", args: ["dist/server.js"] } } }));
    const lines: string[] = [];
    launchersFrom([], flags({ config: desktop }), ctx(lines));
    expect(lines.join("")).toContain('! s: "dist/server.js" is a relative path');
    const project = join(dir, ".mcp.json");
    writeFileSync(project, JSON.stringify({ mcpServers: { s: { command: "node", args: ["dist/server.js"] } } }));
    const quiet: string[] = [];
    launchersFrom([], flags({ config: project }), ctx(quiet));
    expect(quiet).toEqual([]);
  });
});

describe("the target's environment (issue 18: the inspector's token reached the inspected server)", () => {
  it("a spawned server sees neither MCP_INSPECT_TOKEN nor any other MCP_INSPECT_* variable, but sees the rest and -e", async () => {
    const saved = { ...process.env };
    process.env.MCP_INSPECT_TOKEN = "inspector-token-must-stay-home";
    process.env.MCP_INSPECT_OTHER = "ours";
    process.env.SOME_USER_VAR = "theirs";
    try {
      const dir = mkdtempSync(join(tmpdir(), "mcpi-env-"));
      const script = "process.stderr.write(JSON.stringify(Object.keys(process.env).filter((k) => /MCP_INSPECT|SOME_USER_VAR|GIVEN/.test(k)).sort()) + '\\n')";
      const [launcher] = launchersFrom([process.execPath, "-e", script], flags({ env: ["GIVEN=1"] }), { ...ctx(), record: join(dir, "s.jsonl") });
      const session = launcher!.create({ id: "s1", name: "env" });
      const seen = new Promise<string>((resolve) => session.subscribe((f: Frame) => f.kind === "stderr" && resolve(f.text)));
      session.start();
      expect(JSON.parse(await seen)).toEqual(["GIVEN", "SOME_USER_VAR"]);
      await session.stop();
    } finally {
      process.env = saved;
    }
  });

  it("targetEnv drops our variables (any case), keeps everything else, and passes explicit -e values", () => {
    expect(targetEnv({ B: "2" }, { MCP_INSPECT_TOKEN: "t", mcp_inspect_x: "y", PATH: "/bin", A: "1" })).toEqual({ PATH: "/bin", A: "1", B: "2" });
  });
});
