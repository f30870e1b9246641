import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runExport } from "../export-command";
import { UsageError } from "../../common/usage-error";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mcpi-export-"));
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const frames = [
  { seq: 1, t: 0, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } } },
  { seq: 2, t: 0, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 0, result: { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "s", version: "1" } } } },
  { seq: 3, t: 0, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 1, method: "tools/list" } },
  { seq: 4, t: 1, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 1, result: { tools: [] } } },
];
const write = (header: unknown) => {
  const file = join(dir, "shared.jsonl");
  writeFileSync(file, [header, ...frames].map((line) => JSON.stringify(line)).join("\n") + "\n");
  return file;
};

describe("mcp-inspect export of a shared or hand-written session file", () => {
  it("a header without cwd (issue 17): the server runs in the session file's folder, no TypeError", async () => {
    const file = write({ format: "mcp-inspect-session", version: 1, target: { type: "stdio", command: "python3", args: ["server.py"] } });
    expect(await runExport(file, { out: join(dir, "out") })).toBe(0);
    const test = readFileSync(join(dir, "out", "shared.test.ts"), "utf8");
    expect(test).toContain('command: "python3"');
    expect(test).toContain('new URL("../", import.meta.url)');
  });

  it("an env key with a newline (issue 18, code injection): a one-line usage error naming the field, no file written", async () => {
    const file = write({ format: "mcp-inspect-session", version: 1, id: "x", startedAt: "2026-01-01T00:00:00Z", inspector: { name: "mcp-inspect", version: "1" }, target: { type: "stdio", command: "node", args: ["s.js"], cwd: dir, envKeys: ["A\nprocess.exit(7)"] } });
    const run = runExport(file, { out: join(dir, "out2") });
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(/^[^\n]*field "target\.envKeys\[0\]" is not a variable name[^\n]*$/);
  });

  it("a malformed field (args not a list) is a usage error, not a stack trace", async () => {
    const file = write({ format: "mcp-inspect-session", version: 1, target: { type: "stdio", command: "node", args: "s.js", cwd: 5 } });
    await expect(runExport(file, {})).rejects.toThrow(new UsageError(`${file}: bad session header: field "target.args" is not a list ("s.js")`));
  });
});
