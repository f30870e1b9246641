import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parseSessionFile } from "@mcp-inspect/core";
import { cliPath, demoServerPath, isAlive, startInspector } from "./inspector";

const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 10_000 });

test("--help and --version exit 0; unknown flags and bad values exit 2 with a clear error", () => {
  const help = cli("--help");
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("Usage: mcp-inspect [options] [--] <command> [args...]");
  expect(help.stdout).toContain("--no-open");
  expect(cli("--version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);

  const unknown = cli("--bogus");
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain("unknown option '--bogus'");
  const badEnv = cli("-e", "NOEQUALS", "node", "x.js");
  expect(badEnv.status).toBe(2);
  expect(badEnv.stderr).toContain("-e takes KEY=VALUE");
  const badPort = cli("--port", "99999");
  expect(badPort.status).toBe(2);
  expect(badPort.stderr).toContain("--port must be an integer from 0 to 65535");
  const remote = cli("--host", "0.0.0.0", "--no-open");
  expect(remote.status).toBe(2);
  expect(remote.stderr).toContain("not a loopback address");
});

test("passes the environment and -e values to the server, and never records the values", async () => {
  const script = "console.error('API_KEY=' + ([...(process.env.API_KEY ?? '')].reverse().join('') === 'terc3s' ? 'ok' : 'missing') + ' INHERITED=' + process.env.INHERITED_VAR); process.stdin.resume()";
  const inspector = await startInspector(["-e", "API_KEY=s3cret", "--", process.execPath, "-e", script], { env: { INHERITED_VAR: "yes" } });
  await expect.poll(() => readFileSync(inspector.recordPath, "utf8")).toContain("API_KEY=ok INHERITED=yes");
  expect(await inspector.stop()).toBe(0);
  const text = readFileSync(inspector.recordPath, "utf8");
  expect(text).not.toContain("s3cret");
  expect(parseSessionFile(text).header.target).toMatchObject({ type: "stdio", envKeys: ["API_KEY"] });
});

test("prints exactly one stdout line, with the URL and token", async () => {
  const inspector = await startInspector([], { flags: ["--token", "fixed-token-for-test"] });
  expect(inspector.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=fixed-token-for-test$/);
  const res = await fetch(`http://127.0.0.1:${inspector.port}/api/info`, { headers: { authorization: "Bearer fixed-token-for-test" } });
  expect(res.status).toBe(200);
  expect((await fetch(`http://127.0.0.1:${inspector.port}/api/info`)).status).toBe(401);
  expect(await inspector.stop()).toBe(0);
});

test("Ctrl-C stops the server and everything it forked", async () => {
  const script = `
    const { spawn } = require("node:child_process");
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    console.error("pids " + process.pid + " " + child.pid);
    setInterval(() => {}, 1000);`;
  const inspector = await startInspector([process.execPath, "-e", script]);
  let pids: number[] = [];
  await expect
    .poll(() => {
      const line = /pids (\d+) (\d+)/.exec(readFileSync(inspector.recordPath, "utf8"));
      pids = line ? [Number(line[1]), Number(line[2])] : [];
      return pids.length;
    })
    .toBe(2);
  expect(pids.every(isAlive)).toBe(true);
  expect(await inspector.stop()).toBe(0);
  await expect.poll(() => pids.some(isAlive)).toBe(false);
});

test.describe("mcp-inspect call", () => {
  const call = (...args: string[]) => cli("call", ...args);

  test("calls a tool and prints the JSON result; exit codes say how it went", () => {
    const ok = call("tools/call", "--name", "add", "--args-json", '{"a":2,"b":3}', "--", process.execPath, demoServerPath);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ content: [{ type: "text", text: "5" }], structuredContent: { sum: 5 } });

    const toolError = call("tools/call", "--name", "fail", "--", process.execPath, demoServerPath);
    expect(toolError.status).toBe(1);
    expect(JSON.parse(toolError.stdout).isError).toBe(true);

    const rpcError = call("tools/call", "--name", "throw_error", "--", process.execPath, demoServerPath);
    expect(rpcError.status).toBe(1);
    expect(JSON.parse(rpcError.stdout).error).toMatchObject({ code: -32000, message: "Deliberate failure from throw_error" });
  });

  test("passes the server its own flags after --", () => {
    const paged = call("tools/list", "--", process.execPath, demoServerPath, "--page-size", "2");
    expect(paged.status).toBe(0);
    const result = JSON.parse(paged.stdout);
    expect(result.tools).toHaveLength(2);
    expect(result.nextCursor).toBeTruthy();
  });

  test("exits 2 with the cause when the command line is wrong or the server cannot start", () => {
    const noName = call("tools/call", "--", process.execPath, demoServerPath);
    expect(noName.status).toBe(2);
    expect(noName.stderr).toContain("tools/call needs --name <tool>");
    const missing = call("tools/list", "--", "mcp-inspect-no-such-server");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("command not found");
    const dies = call("ping", "--", process.execPath, "-e", "console.error('boom: no config'); process.exit(4)");
    expect(dies.status).toBe(2);
    expect(dies.stderr).toContain("before it answered");
    expect(dies.stderr).toContain("boom: no config");
  });
});
