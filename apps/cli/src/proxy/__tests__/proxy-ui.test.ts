// `proxy --ui`: the first proxy starts an inspector (a detached `mcp-inspect watch`), the second finds and reuses it;
// both sessions are tabs there. Needs the build (npx turbo run build). Kills the inspector it caused to start.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ServersResponse } from "@mcp-inspect/core";
import { readRuntimeFiles } from "../../common/runtime-file";
import { CLI, LEGACY_DEMO_SERVER, requireBuild } from "../../target/__tests__/cli-process";

let dir: string;
let started: number | undefined;
afterEach(() => {
  if (started !== undefined) {
    try {
      process.kill(started, "SIGTERM");
    } catch {
      // already gone
    }
  }
  started = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A client's proxy run: initialize, then stdin closed; resolves with what it wrote to stderr once it exited. */
function proxyRun(env: NodeJS.ProcessEnv, name: string): Promise<string> {
  const child = spawn(process.execPath, [CLI, "proxy", "--ui", "--name", name, "--record", join(dir, `${name}.jsonl`), "--", process.execPath, LEGACY_DEMO_SERVER], { env, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    // Wait for the inspector before letting go, so the session has somewhere to go.
    if (/live in the inspector at/.test(stderr) && child.stdin.writable) child.stdin.end();
  });
  child.stdout.resume();
  const init = { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: `ui-test-${name}`, version: "1" } } };
  child.stdin.write(JSON.stringify(init) + "\n");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`proxy --ui did not finish: ${stderr}`));
    }, 45_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(stderr);
    });
  });
}

describe("proxy --ui", () => {
  it("starts one inspector when none runs, prints its URL on stderr, and the next proxy reuses it", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-ui-"));
    const env = { ...process.env, MCP_INSPECT_RUNTIME_DIR: join(dir, "runtime") };
    expect(readRuntimeFiles(env)).toEqual([]);

    const first = await proxyRun(env, "one");
    const url = /live in the inspector at (http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(first);
    expect(url, first).not.toBeNull();
    const inspectors = readRuntimeFiles(env);
    expect(inspectors).toHaveLength(1);
    started = inspectors[0]!.pid;
    // It outlives the proxy that started it.
    expect(() => process.kill(started!, 0)).not.toThrow();

    const second = await proxyRun(env, "two");
    expect(second).toContain(`live in the inspector at ${url![1]}/#token=${url![2]}`);
    expect(readRuntimeFiles(env).map((i) => i.pid)).toEqual([started]);

    const servers = async () => ((await (await fetch(`${url![1]}/api/servers`, { headers: { authorization: `Bearer ${url![2]}` } })).json()) as ServersResponse).servers;
    await vi.waitFor(async () => expect((await servers()).map((s) => [s.name, s.feed?.state])).toEqual([["ui-test-one → one", "ended"], ["ui-test-two → two", "ended"]]), { timeout: 10_000 });
  }, 120_000);
});
