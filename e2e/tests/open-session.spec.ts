import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { cliPath, startInspector, tempDir } from "./inspector";
import { callTool } from "./ui-actions";

/** `mcp-inspect open <file>` as a user starts it; resolves once it printed its ready line. */
function startOpen(file: string) {
  const child = spawn(process.execPath, [cliPath, "open", file, "--no-open", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<{ url: string; token: string; origin: string }>((resolve, reject) => {
    void exited.then((code) => reject(new Error(`open exited (${code}) before it was ready: ${stderr}`)));
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /((http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+))/.exec(stdout);
      if (match) resolve({ url: match[1]!, origin: match[2]!, token: match[3]! });
    });
  });
  return { child, ready, exited, stderr: () => stderr };
}

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // pid (comm) state ppid ...: the comm may hold spaces, so read after its closing parenthesis.
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

test("open shows a recorded session read-only, its log and tools as recorded, without starting any server", async ({ page }) => {
  // Two runs of the CLI: one to record, one to open.
  test.setTimeout(120_000);
  // Record a session with the demo server: a tool call.
  const recording = await startInspector([]);
  await page.goto(recording.url);
  await expect(page.getByTestId("connection-state")).toHaveText("ready");
  await callTool(page, "echo", { message: "recorded-789" });
  await expect(page.getByTestId("tool-result")).toContainText("recorded-789");
  expect(await recording.stop()).toBe(0);
  const listed = readFileSync(recording.recordPath, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg?: { result?: { tools?: { name: string }[] } } })
    .findLast((frame) => frame.msg?.result?.tools)!.msg!.result!.tools!.map((t) => t.name);
  expect(listed).toContain("echo");

  const opened = startOpen(recording.recordPath);
  const { url, token, origin } = await opened.ready;
  try {
    expect(opened.stderr()).toContain("no server is started");
    expect(childrenOf(opened.child.pid!)).toEqual([]);
    // Nothing live and nothing to start; the recording is served to the token only.
    const servers = await page.request.get(`${origin}/api/servers`, { headers: { authorization: `Bearer ${token}` } });
    expect(await servers.json()).toEqual({ servers: [], launchers: [], recording: { name: "session.jsonl" } });
    expect((await page.request.get(`${origin}/api/recording`)).status()).toBe(401);

    await page.goto(url);
    await expect(page.getByTestId("readonly-banner")).toContainText("Recorded session, read-only: session.jsonl");
    await expect(page.getByTestId("readonly-badge")).toBeVisible();
    await expect(page.getByTestId("restart-server")).toHaveCount(0);
    await expect(page.getByTestId("back-to-live")).toHaveCount(0);
    // The log as recorded.
    const rows = page.getByTestId("message-log").getByTestId("log-row");
    await expect(rows.filter({ hasText: "result initialize" })).toHaveCount(1);
    await page.getByLabel("Search messages").fill("recorded-789");
    await expect(rows.filter({ hasText: "tools/call" })).toHaveCount(2);
    // The tool call, and the tools as the server listed them.
    await expect(page.getByTestId("recorded-call")).toHaveAttribute("data-tool", "echo");
    await page.getByRole("tab", { name: "Tools", exact: true }).click();
    await expect(page.getByTestId("recorded-tool")).toHaveCount(listed.length);
    await expect(page.getByTestId("recorded-tool").first()).toHaveAttribute("data-tool", listed[0]!);
    await expect(page.getByTestId("recorded-tools").locator('[data-tool="echo"]')).toBeVisible();

    // A selected row survives a reload here too (the link is the recording's).
    await page.getByLabel("Search messages").fill("");
    const row = rows.filter({ hasText: "result initialize" });
    const seq = await row.getAttribute("data-seq");
    await row.getByRole("button").first().click();
    await page.reload();
    await expect(page.getByTestId("log-detail")).toHaveAttribute("data-seq", seq!);
    expect(childrenOf(opened.child.pid!)).toEqual([]);
  } finally {
    opened.child.kill("SIGINT");
  }
  expect(await opened.exited).toBe(0);
});

test("open refuses a file that is not a session in one line, with exit code 2", () => {
  const dir = tempDir();
  const bad = join(dir, "notes.jsonl");
  writeFileSync(bad, "just some notes\n");
  const result = spawnSync(process.execPath, [cliPath, "open", bad, "--no-open", "--port", "0"], { encoding: "utf8", timeout: 20_000 });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.trim().split("\n")).toEqual([`mcp-inspect: ${bad}: not a session file: line 1 is not JSON (Unexpected token 'j', "just some notes" is not valid JSON)`]);
  const missing = spawnSync(process.execPath, [cliPath, "open", join(dir, "missing.jsonl"), "--no-open"], { encoding: "utf8", timeout: 20_000 });
  expect(missing.status).toBe(2);
  expect(missing.stderr.trim()).toBe(`mcp-inspect: ${join(dir, "missing.jsonl")}: no such file`);
});
