import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { cliPath, demoServerPath, everythingServerPath, memoryServerPath, repoRoot, startInspector, tempDir } from "./inspector";

// What a developer clicks through once becomes a regression test: record in the UI, export, replay.
test.describe.configure({ mode: "serial" });

/** A user's project with only mcp-inspect (the packed tarball), vitest and the demo server in it. */
let project: string;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  const packDir = tempDir();
  execFileSync("npm", ["pack", "--pack-destination", packDir], { cwd: join(repoRoot, "apps/cli"), stdio: "pipe" });
  const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz"))!);
  project = tempDir();
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", tarball, "vitest@4.1.12"], { cwd: project, stdio: "pipe", timeout: 240_000 });
  copyFileSync(demoServerPath, join(project, "server.js"));
});

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd: repoRoot, env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** How many tools/call of this tool the server has answered, from the session file. */
function answeredCalls(recordPath: string, tool: string): number {
  const frames = parseSessionFile(readFileSync(recordPath, "utf8")).frames;
  const ids = frames.flatMap((f) => (f.kind === "message" && f.dir === "client->server" && f.msg.method === "tools/call" && (f.msg.params as { name?: string }).name === tool ? [f.msg.id] : []));
  return frames.filter((f) => f.kind === "message" && f.dir === "server->client" && f.msg.method === undefined && ids.includes(f.msg.id)).length;
}

/** Calls each tool through the form's JSON mode, as a person would, and returns the session file. */
async function recordCalls(page: Page, target: string[], calls: [tool: string, args: string][]): Promise<string> {
  const inspector = await startInspector(target);
  try {
    await page.goto(inspector.url);
    await expect(page.getByTestId("connection-state")).toHaveText("ready");
    for (const [tool, args] of calls) {
      await page.getByRole("tab", { name: "Tools" }).click();
      await page.getByRole("button", { name: new RegExp(`^${tool}\\b`) }).first().click();
      await page.getByTestId("args-mode").getByText("JSON").click();
      await page.getByLabel("Arguments (JSON)").fill(args);
      await page.getByRole("button", { name: "Call tool" }).click();
      await expect.poll(() => answeredCalls(inspector.recordPath, tool)).toBe(1);
    }
  } finally {
    expect(await inspector.stop()).toBe(0);
  }
  return inspector.recordPath;
}

/** The JSON `mcp-inspect call` prints for one tool call against a server command line. */
function callTool(tool: string, args: string, server: string[]) {
  return cli(["call", "tools/call", "--name", tool, "--args-json", args, "--", ...server]);
}

test("a demo-server session exported to Vitest passes in a fresh project, replays, catches a change, and mocks", async ({ page }) => {
  test.setTimeout(240_000);
  const demo = [process.execPath, demoServerPath];
  const session = await recordCalls(page, demo, [["echo", '{ "message": "hello replay" }'], ["add", '{ "a": 2, "b": 40 }']]);

  // Export into the user's project; the generated test starts the copied server.js beside it.
  const exported = cli(["export", session, "--out", project, "--name", "demo", "--server", "node server.js"]);
  expect(exported.code, exported.stderr).toBe(0);
  const fixture = JSON.parse(readFileSync(join(project, "demo.fixture.json"), "utf8"));
  expect(fixture.exchanges.filter((e: { method: string }) => e.method === "tools/call").map((e: { params: { name: string } }) => e.params.name)).toEqual(["echo", "add"]);
  expect(readFileSync(join(project, "demo.test.ts"), "utf8").match(/expectReplay\(/g)).toHaveLength(1);

  const vitest = (env: NodeJS.ProcessEnv = {}) =>
    spawnSync("npx", ["vitest", "run", "demo.test.ts"], { cwd: project, env: { ...process.env, ...env, CI: "1" }, encoding: "utf8", timeout: 120_000 });
  const passing = vitest();
  expect(passing.status, passing.stdout + passing.stderr).toBe(0);
  expect(passing.stdout).toMatch(/1 passed/);
  // The same file fails against a server whose echo changed, saying where.
  const failing = vitest({ DEMO_ALTER: "echo" });
  expect(failing.status).toBe(1);
  expect(failing.stdout + failing.stderr).toContain("tools/call echo");
  expect(failing.stdout + failing.stderr).toContain('actual:   "hello replay!"');

  // The CLI replays the session file itself: same answers, exit 0.
  const same = cli(["replay", session, "--", ...demo]);
  expect(same.code, same.stdout + same.stderr).toBe(0);
  expect(same.stdout).toMatch(/replay ok: \d+ requests answered as recorded/);

  // Against the altered server: exit 1, and the diff names the request, the path and both values.
  const differs = cli(["replay", session, "--", ...demo], { DEMO_ALTER: "echo" });
  expect(differs.code).toBe(1);
  expect(differs.stdout).toContain(`tools/call echo {message: "hello replay"}:`);
  expect(differs.stdout).toContain("at /result/content/0/text");
  expect(differs.stdout).toContain('expected: "hello replay"');
  expect(differs.stdout).toContain('actual:   "hello replay!"');
  // --ignore takes that path out of the comparison.
  expect(cli(["replay", session, "--ignore", "/result/content/*/text", "--", ...demo], { DEMO_ALTER: "echo" }).code).toBe(0);

  // The mock answers the recorded requests exactly as the real server does, and refuses others by name.
  const mock = [process.execPath, cliPath, "mock", join(project, "demo.fixture.json")];
  for (const [tool, args] of [["echo", '{"message":"hello replay"}'], ["add", '{"a":2,"b":40}']] as const) {
    const real = callTool(tool, args, demo);
    const mocked = callTool(tool, args, mock);
    expect(mocked.code, mocked.stderr).toBe(0);
    // Same values; a fixture's keys are sorted, so compare as JSON rather than as text.
    expect(JSON.parse(mocked.stdout)).toEqual(JSON.parse(real.stdout));
  }
  const unmatched = callTool("echo", '{"message":"never recorded"}', mock);
  expect(unmatched.code).toBe(1);
  expect(unmatched.stdout).toContain('no recorded tools/call request with these params; the closest recorded params are {\\"arguments\\":{\\"message\\":\\"hello replay\\"},\\"name\\":\\"echo\\"}');
});

test("a server-everything session exports, replays unchanged, and mocks", async ({ page }) => {
  test.setTimeout(180_000);
  const everything = [process.execPath, everythingServerPath, "stdio"];
  const session = await recordCalls(page, everything, [["echo", '{ "message": "hi everything" }'], ["get-sum", '{ "a": 1, "b": 2 }']]);

  const same = cli(["replay", session, "--", ...everything]);
  expect(same.code, same.stdout + same.stderr).toBe(0);

  // Exported without --server: the generated test starts the recorded command itself.
  const exported = cli(["export", session, "--out", project, "--name", "everything"]);
  expect(exported.code, exported.stderr).toBe(0);
  const run = spawnSync("npx", ["vitest", "run", "everything.test.ts"], { cwd: project, env: { ...process.env, CI: "1" }, encoding: "utf8", timeout: 120_000 });
  expect(run.status, run.stdout + run.stderr).toBe(0);

  const mock = [process.execPath, cliPath, "mock", session];
  for (const [tool, args] of [["echo", '{"message":"hi everything"}'], ["get-sum", '{"a":1,"b":2}']] as const) {
    const mocked = callTool(tool, args, mock);
    expect(mocked.code, mocked.stderr).toBe(0);
    expect(JSON.parse(mocked.stdout)).toEqual(JSON.parse(callTool(tool, args, everything).stdout));
  }
});

test("a server-memory session's generated test passes every run, not only the first, and updates on request", async ({ page }) => {
  test.setTimeout(240_000);
  // Recorded as users run it: the memory file's place passed with -e (its value is never recorded).
  const memory = ["-e", `MEMORY_FILE_PATH=${join(tempDir(), "memory.jsonl")}`, process.execPath, memoryServerPath];
  const session = await recordCalls(page, memory, [["create_entities", '{ "entities": [{ "name": "tea", "entityType": "drink", "observations": ["hot"] }] }'], ["search_nodes", '{ "query": "tea" }']]);
  const exported = cli(["export", session, "--out", project, "--name", "memory"]);
  expect(exported.code, exported.stderr).toBe(0);
  // Export names each request by both numbers: the frame number (--only) and the JSON-RPC id (the log).
  expect(exported.stderr).toMatch(/frame \d+ \(id \d+, answered in frame \d+\): tools\/call search_nodes \{query: tea\}/);
  const testFile = readFileSync(join(project, "memory.test.ts"), "utf8");
  expect(testFile).toContain('"MEMORY_FILE_PATH": join(dataDir,');

  const vitest = (args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    spawnSync("npx", ["vitest", "run", ...args, "memory.test.ts"], { cwd: project, env: { ...process.env, ...env, CI: "1" }, encoding: "utf8", timeout: 120_000 });
  // A stateful server: the second run would find "tea" already there without a fresh place per run.
  for (const run of [vitest(), vitest()]) expect(run.status, run.stdout + run.stderr).toBe(0);

  // A changed answer fails and says how to accept it; MCP_INSPECT_UPDATE=1 rewrites the fixture, and so does -u.
  const fixturePath = join(project, "memory.fixture.json");
  const tamper = () => {
    const fixture = JSON.parse(readFileSync(fixturePath, "utf8"));
    fixture.exchanges.find((e: { params?: { name?: string } }) => e.params?.name === "search_nodes").response.result.content[0].text = "tampered";
    writeFileSync(fixturePath, JSON.stringify(fixture));
  };
  tamper();
  const failing = vitest();
  expect(failing.status).toBe(1);
  expect(failing.stdout + failing.stderr).toContain("MCP_INSPECT_UPDATE=1 npx vitest run");
  const updated = vitest([], { MCP_INSPECT_UPDATE: "1" });
  expect(updated.status, updated.stdout + updated.stderr).toBe(0);
  expect(readFileSync(fixturePath, "utf8")).not.toContain("tampered");
  expect(vitest().status).toBe(0);
  tamper();
  const dashU = vitest(["-u"]);
  expect(dashU.status, dashU.stdout + dashU.stderr).toBe(0);
  expect(readFileSync(fixturePath, "utf8")).not.toContain("tampered");
});
