import { spawn } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { cliPath, repoRoot, startInspector, tempDir, type RunningInspector } from "./inspector";
import { startHttpServer, stopHttpServers } from "./http-servers";

// Issue 18: what a hostile server, URL or existing file can do through the command line.

let inspector: RunningInspector | undefined;
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
  stopHttpServers();
});

/** Runs the CLI to its end (bounded), as a script would. */
function runCli(args: string[], timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => child.once("exit", (code) => (clearTimeout(timer), resolve({ code, stdout, stderr }))));
}

test("--record refuses an existing file unless --append or --force, and records 0600", async () => {
  const file = join(tempDir(), "mine.jsonl");
  writeFileSync(file, "my notes\n");
  const refused = await runCli(["--no-open", "--port", "0", "--record", file]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain(`--record: ${file} already exists: pass --append to add this session to it, or --force to overwrite it`);
  expect(readFileSync(file, "utf8")).toBe("my notes\n");

  inspector = await startInspector([], { flags: ["--record", file, "--append"] });
  await expect.poll(() => readFileSync(file, "utf8")).toMatch(/^my notes\n\{"format":"mcp-inspect-session"/);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  await inspector.stop();

  inspector = await startInspector([], { flags: ["--record", file, "--force"] });
  await expect.poll(() => readFileSync(file, "utf8")).toMatch(/^\{"format":"mcp-inspect-session"/);
  expect(readFileSync(file, "utf8")).not.toContain("my notes");
  expect(statSync(file).mode & 0o777).toBe(0o600);
});

test("a busy default port: the terminal says so, with both ports", async () => {
  // Hold 6277 ourselves; if something else already holds it, it is just as busy.
  const holder: Server = createServer();
  await new Promise<void>((resolve) => holder.once("error", () => resolve()).listen(6277, "127.0.0.1", () => resolve()));
  try {
    const child = spawn(process.execPath, [cliPath, "--no-open"], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    try {
      await expect.poll(() => stdout, { timeout: 20_000 }).toMatch(/mcp-inspect ready: http:\/\/127\.0\.0\.1:(\d+)\//);
      const port = /127\.0\.0\.1:(\d+)\//.exec(stdout)![1];
      expect(port).not.toBe("6277");
      expect(stderr).toContain(`! port 6277 is in use (another inspector?): listening on port ${port} instead`);
    } finally {
      process.kill(-child.pid!, "SIGKILL");
    }
  } finally {
    holder.close();
  }
});

test("escape sequences in a remote server's error body never reach the terminal (call, doctor)", async () => {
  const port = await startHttpServer([join(repoRoot, "e2e/fixtures/hostile-http-server.mjs")]);
  const url = `http://127.0.0.1:${port}/mcp`;
  const call = await runCli(["call", "tools/list", "--url", url, "--timeout", "10000"]);
  expect(call.code).toBe(2);
  expect(call.stderr).toContain("HOSTILE-BODY");
  const doctor = await runCli(["doctor", "--url", url, "--timeout", "10000"]);
  expect(doctor.stdout).toContain("HOSTILE-BODY");
  for (const output of [call.stdout, call.stderr, doctor.stdout, doctor.stderr]) {
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(output).not.toContain("evil.example");
  }
});

test("secrets in --url: user:pass@ becomes Basic auth, api_key is masked in the session file, terminal and API", async ({ page }) => {
  const port = await startHttpServer([join(repoRoot, "e2e/fixtures/header-echo-server.mjs")]);
  inspector = await startInspector(["--url", `http://alice:PASS-s3cr3t@127.0.0.1:${port}/mcp?api_key=KEY-s3cr3t&region=eu`]);
  await page.goto(inspector.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  const api = async (path: string) => (await fetch(`http://127.0.0.1:${inspector!.port}${path}`, { headers: { authorization: `Bearer ${inspector!.token}` } })).text();
  const servers = await api("/api/servers");
  expect(servers).toContain("api_key=****");
  // The server got the credentials as a header, as curl or a browser would send them.
  const { createHash } = await import("node:crypto");
  const digest = createHash("sha256").update(`Basic ${Buffer.from("alice:PASS-s3cr3t").toString("base64")}`).digest("hex");
  const called = await runCli(["call", "tools/call", "--name", "auth_digest", "--url", `http://alice:PASS-s3cr3t@127.0.0.1:${port}/mcp?api_key=KEY-s3cr3t`]);
  expect(called.stdout).toContain(`sha256:${digest}`);
  expect(await inspector.stop()).toBe(0);
  for (const [what, text] of [["session file", readFileSync(inspector.recordPath, "utf8")], ["terminal", inspector.stderr()], ["/api/servers", servers], ["call's terminal", called.stderr]] as const) {
    expect(text, what).not.toContain("s3cr3t");
  }
  expect(readFileSync(inspector.recordPath, "utf8")).toContain('"headerNames":["Authorization"]');
});
