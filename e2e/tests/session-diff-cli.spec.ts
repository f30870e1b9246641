import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { cliPath, repoRoot, tempDir } from "./inspector";

const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 60_000, cwd: repoRoot });
const correct = join(repoRoot, "e2e/fixtures/broken-servers/correct-server.mjs");

test("mcp-inspect diff compares two recorded sessions as the UI does: exit 0 same, 1 differ, 2 usage", () => {
  const dir = tempDir();
  // Session A: the correct server; session B: the same server, its echo changed and one tool added.
  const changed = join(dir, "changed-server.mjs");
  writeFileSync(
    changed,
    readFileSync(correct, "utf8")
      .replace("String(msg.params.arguments?.text)", 'String(msg.params.arguments?.text) + "!"')
      .replace("const tools = [", 'const tools = [\n  { name: "extra", description: "New", inputSchema: { type: "object" } },'),
  );
  const a = join(dir, "a.jsonl");
  const a2 = join(dir, "a2.jsonl");
  const b = join(dir, "b.jsonl");
  for (const [file, server] of [[a, correct], [a2, correct], [b, changed]] as const) {
    const run = cli("doctor", "--call-tools", "--record", file, "--", process.execPath, server);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }

  const same = cli("diff", a, a2);
  expect(same.status, same.stdout + same.stderr).toBe(0);
  expect(same.stdout).toContain("same: 0 surface changes · 0 calls differ");

  const differs = cli("diff", a, b);
  expect(differs.status, differs.stderr).toBe(1);
  expect(differs.stdout).toContain(`A: ${a}\nB: ${b}`);
  expect(differs.stdout).toContain("tools extra: + added in B");
  expect(differs.stdout).toMatch(/~ tools\/call echo .*: answered differently/);
  expect(differs.stdout).toMatch(/at \/result\/content\/0\/text\n\s+A: ""\n\s+B: "!"/);

  const json = cli("diff", "--json", a, b);
  expect(json.status).toBe(1);
  const report = JSON.parse(json.stdout);
  expect(report).toMatchObject({ same: false, summary: { surfaceChanges: 1, calls: { differs: 1 } } });
  expect(report.calls.find((c: { status: string }) => c.status === "differs").label).toMatch(/^tools\/call echo/);

  expect(cli("diff", a, join(dir, "missing.jsonl")).status).toBe(2);
  expect(cli("diff", a).status).toBe(2);
  writeFileSync(join(dir, "not-a-session.jsonl"), "hello\n");
  const bad = cli("diff", a, join(dir, "not-a-session.jsonl"));
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("not-a-session.jsonl");
});
