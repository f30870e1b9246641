import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { cliPath, demoServerPath, repoRoot, tempDir } from "./inspector";

const doctor = (...args: string[]) => spawnSync(process.execPath, [cliPath, "doctor", ...args], { encoding: "utf8", timeout: 60_000, cwd: repoRoot });

/** A real SDK server that logs to stdout at start and inside its tool, the most common mistake. */
const NOISY_SERVER = `
console.log("Starting server...");
const { McpServer } = await import(${JSON.stringify(join(repoRoot, "node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js"))});
const { StdioServerTransport } = await import(${JSON.stringify(join(repoRoot, "node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js"))});
const server = new McpServer({ name: "noisy", version: "1.0.0" });
server.registerTool("hi", { description: "says hi" }, async () => { console.log("called hi"); return { content: [{ type: "text", text: "hi" }] }; });
await server.connect(new StdioServerTransport());
`;

test("doctor on the demo server exits 0 and says what it checked", () => {
  const run = doctor("--", process.execPath, demoServerPath);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  for (const checked of ["✓ initialize", "✓ tools/list: 19 tools", "✓ resources/list: 27 resources in 3 pages", "✓ resources/templates/list", "✓ prompts/list", "✓ completion/complete", "✓ resources/read", "✓ ping"]) {
    expect(run.stdout).toContain(checked);
  }
  expect(run.stdout).toMatch(/✓ 0 errors, \d+ warnings?, \d+ info — 19 tools, 27 resources/);
  expect(run.stdout).not.toContain("tools/call");
});

test("a server that logs to stdout: exit 1, the offending lines, where and how to fix", () => {
  const file = join(tempDir(), "noisy.mjs");
  writeFileSync(file, NOISY_SERVER);
  const run = doctor("--call-tools", "--", process.execPath, file);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("stdio/stdout-noise (2)");
  expect(run.stdout).toContain('"Starting server..."');
  expect(run.stdout).toContain('"called hi"');
  expect(run.stdout).toContain("fix: Write logs to stderr");
  expect(run.stdout).toContain("✓ tools/call hi");
});

test("a server that crashes on start: exit 2, the cause and its stderr tail", () => {
  const run = doctor("--", process.execPath, "-e", "console.error('Error: API_KEY is not set'); process.exit(3)");
  expect(run.status).toBe(2);
  expect(run.stdout).toContain("lifecycle/exit-before-initialize");
  expect(run.stdout).toContain("exited with code 3");
  expect(run.stdout).toContain("stderr (last lines):\n  Error: API_KEY is not set");
  expect(run.stdout).toContain("could not start and initialize the server");
});

test("a command that does not exist, or never answers: exit 2 with the reason", () => {
  const missing = doctor("--", "mcp-inspect-no-such-server");
  expect(missing.status).toBe(2);
  expect(missing.stdout).toContain("start/command-not-found");
  expect(missing.stdout).toContain('"mcp-inspect-no-such-server" is not on PATH');
  const silent = doctor("--timeout", "1000", "--", process.execPath, "-e", "process.stdin.resume()");
  expect(silent.status).toBe(2);
  expect(silent.stdout).toContain("start/no-initialize-answer");
});

test("--json is one JSON document; --junit writes valid XML with a failure per error", () => {
  const dir = tempDir();
  const file = join(dir, "noisy.mjs");
  writeFileSync(file, NOISY_SERVER);
  const junit = join(dir, "doctor.xml");
  const run = doctor("--json", "--junit", junit, "--", process.execPath, file);
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout);
  expect(report).toMatchObject({ initialized: true, exitCode: 1, server: { name: "noisy", version: "1.0.0" }, counts: { tools: 1 } });
  const noise = report.findings.filter((f: { rule: string }) => f.rule === "stdio/stdout-noise");
  expect(noise[0]).toMatchObject({ severity: "error", hint: expect.stringContaining("stderr"), about: expect.any(Number) });
  expect(report.rulesChecked).toContain("stdio/stdout-noise");

  const xml = readFileSync(junit, "utf8");
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(xml).toContain('<testsuite name="mcp-inspect doctor"');
  expect(xml).toMatch(/<testcase classname="mcp-inspect doctor" name="stdio\/stdout-noise">\s*<failure message="[^"]*Starting server/);
  expect(xml.match(/<testcase /g)?.length).toBe(report.rulesChecked.length);
  // Well-formed: xmllint when present, else a balanced-tags check.
  const lint = spawnSync("xmllint", ["--noout", junit], { encoding: "utf8" });
  if (!lint.error) expect(lint.stderr).toBe("");
  expect(xml.match(/<testcase\b[^>]*[^/]>/g)?.length ?? 0).toBe(xml.match(/<\/testcase>/g)?.length ?? 0);
});

test("--help, unknown flags and a missing command", () => {
  const help = doctor("--help");
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("Usage: mcp-inspect doctor [options] [--] <command> [args...]");
  for (const flag of ["--json", "--junit <file>", "--call-tools", "--timeout <ms>", "--record <file>"]) expect(help.stdout).toContain(flag);
  const unknown = doctor("--bogus", "node", "x.js");
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain("unknown option '--bogus'");
  const none = doctor();
  expect(none.status).toBe(2);
  expect(none.stderr).toContain("doctor needs the server to run");
});

const gallery = join(repoRoot, "e2e/fixtures/broken-servers");
const galleryFiles = existsSync(gallery) ? readdirSync(gallery).filter((f) => f.endsWith(".mjs")).sort() : [];

/**
 * The doctor gives up on requests after --timeout and cancels them (as the SDK does), so the checker
 * rightly does not call them "never answered"; the doctor's own timeout findings stand for them.
 */
const EQUIVALENT: Record<string, string[]> = {
  "timing/never-answered": ["start/no-initialize-answer", "doctor/tool-call-failed", "doctor/list-failed"],
};

test.describe("the gallery of broken servers", () => {
  test.skip(galleryFiles.length === 0, "e2e/fixtures/broken-servers/*.mjs does not exist yet");
  for (const name of galleryFiles) {
    test(`${name}: doctor --json reports the rules its header expects`, () => {
      const source = readFileSync(join(gallery, name), "utf8");
      const expected = expectedRules(source);
      const run = doctor("--json", "--call-tools", "--timeout", "3000", "--slow", "300", "--", process.execPath, join(gallery, name));
      const report = JSON.parse(run.stdout);
      const rules: string[] = report.findings.map((f: { rule: string }) => f.rule);
      if (expected.length === 0) {
        expect(source).toContain("NOTHING is broken");
        expect(report.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
        expect(run.status).toBe(0);
        return;
      }
      // Warnings alone (slow response, undeclared capability) do not fail the run.
      const errors = report.findings.some((f: { severity: string }) => f.severity === "error");
      expect(run.status, run.stderr).toBe(report.initialized ? (errors ? 1 : 0) : 2);
      for (const rule of expected) expect([rule, ...(EQUIVALENT[rule] ?? [])].some((r) => rules.includes(r)), `${name} should be reported as ${rule}; got ${rules.join(", ")}`).toBe(true);
    });
  }
});

/** The rule ids after "Expected:" in the file's leading comment. */
function expectedRules(source: string): string[] {
  const comment = (/^(?:\/\/[^\n]*\n)+/.exec(source)?.[0] ?? "").replace(/\n\/\/\s*/g, " ");
  const expected = /Expected:([^]*)$/.exec(comment)?.[1] ?? "";
  return [...new Set(expected.match(/\b[a-z]+\/[a-z0-9-]+\b/g) ?? [])];
}

test("answers clients drop are findings, never 'no answer in time'; a ping error is an error", () => {
  const gallery = join(repoRoot, "e2e/fixtures/broken-servers");
  const run = (file: string) => {
    const r = doctor("--json", "--call-tools", "--timeout", "2000", "--", process.execPath, join(gallery, file));
    return { status: r.status, report: JSON.parse(r.stdout) as { steps: { name: string; ok: boolean; detail: string }[]; findings: { rule: string; severity: string }[] } };
  };
  const rules = (r: ReturnType<typeof run>) => r.report.findings.map((f) => `${f.rule} ${f.severity}`).sort();

  const both = run("result-and-error.mjs");
  expect(both.status).toBe(1);
  expect(rules(both)).toEqual(["jsonrpc/result-and-error error"]);
  expect(both.report.steps.find((s) => s.name === "tools/call lookup")).toMatchObject({ ok: false, detail: expect.stringContaining('answered, but with a message clients drop: it carries both "result" and "error"') });

  const old = run("tool-answers-jsonrpc-1.0.mjs");
  expect(rules(old)).toEqual(["jsonrpc/version error"]);
  expect(old.report.steps.find((s) => s.name === "tools/call legacy")!.detail).toContain('"jsonrpc" is "1.0"');

  const init = run("jsonrpc-1.0.mjs");
  expect(init.status).toBe(2);
  expect(rules(init)).toEqual(["jsonrpc/version error", "start/initialize-failed error"]);
  expect(init.report.steps[0]!.detail).toContain("answered, but with a message clients drop");

  const ping = run("ping-error.mjs");
  expect(ping.status).toBe(1);
  expect(rules(ping)).toEqual(["lifecycle/ping-error error"]);

  for (const r of [both, old, init, ping]) expect(JSON.stringify(r.report)).not.toMatch(/timed out|no answer in time|did not answer/);
});
