import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collectTarget, isAlive, tempDir } from "./fixtures";
import type { StdioTarget } from "../stdio-target";

const started: StdioTarget[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((t) => t.stop()));
});
function run(command: string, args: string[], cwd?: string) {
  const c = collectTarget(command, args, cwd);
  started.push(c.target);
  c.target.start();
  return c;
}

describe("createStdioTarget", () => {
  it("names a command that is not on PATH", async () => {
    const { until, frames } = run("mcp-inspect-no-such-command", []);
    const error = await until((f) => f.kind === "process" && f.event === "error");
    expect(error).toMatchObject({ code: "MCPI_COMMAND_NOT_FOUND", message: expect.stringContaining('"mcp-inspect-no-such-command" is not on PATH') });
    await new Promise((r) => setTimeout(r, 100));
    expect(frames.filter((f) => f.kind === "process").map((f) => (f as { event: string }).event)).toEqual(["error"]);
  });

  it("names a file that is not executable, and how to fix it", async () => {
    const dir = tempDir();
    const script = join(dir, "server.js");
    writeFileSync(script, "console.log('hi')");
    chmodSync(script, 0o644);
    const { until } = run(script, []);
    const error = await until((f) => f.kind === "process" && f.event === "error");
    expect(error).toMatchObject({ code: "MCPI_NOT_EXECUTABLE", message: expect.stringContaining(`chmod +x ${script}`) });
  });

  it("names a working directory that does not exist", async () => {
    const { until } = run(process.execPath, ["-e", ""], "/no/such/dir");
    expect(await until((f) => f.kind === "process" && f.event === "error")).toMatchObject({ code: "MCPI_CWD_NOT_FOUND" });
  });

  it("reports an exit at once with its code and the stderr tail, after the last output", async () => {
    const { until, frames } = run(process.execPath, ["-e", "console.error('Error: missing API_KEY'); console.log('bye'); process.exit(3)"]);
    const exit = await until((f) => f.kind === "process" && f.event === "exit");
    expect(exit).toMatchObject({ code: 3, signal: null, stderrTail: ["Error: missing API_KEY"] });
    const kinds = frames.map((f) => f.kind);
    expect(kinds[0]).toBe("process");
    expect(kinds.at(-1)).toBe("process");
    expect(frames).toContainEqual(expect.objectContaining({ kind: "stdout-noise", text: "bye" }));
  });

  it("turns stdout into messages and noise, including invalid UTF-8", async () => {
    const script = `process.stdout.write(Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"notifications/x"}\\nbinary '), Buffer.from([0xff, 0xfe]), Buffer.from('\\n')]))`;
    const { until, frames } = run(process.execPath, ["-e", script]);
    await until((f) => f.kind === "process" && f.event === "exit");
    expect(frames).toContainEqual(expect.objectContaining({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", method: "notifications/x" } }));
    expect(frames).toContainEqual(expect.objectContaining({ kind: "stdout-noise", invalidUtf8: true }));
  });

  it("stops the server and the processes it forked", async () => {
    const script = `
      process.on("SIGTERM", () => {});  // ignores SIGTERM: must be escalated to SIGKILL
      const { spawn } = require("node:child_process");
      const child = spawn(process.execPath, ["-e", "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: "ignore" });
      console.error("grandchild " + child.pid);
      setInterval(() => {}, 1000);`;
    const { target, until } = run(process.execPath, ["-e", script]);
    const line = (await until((f) => f.kind === "stderr" && f.text.startsWith("grandchild"))) as { text: string };
    const grandchild = Number(line.text.split(" ")[1]);
    expect(isAlive(grandchild)).toBe(true);
    await target.stop();
    expect(await until((f) => f.kind === "process" && f.event === "exit")).toMatchObject({ signal: "SIGKILL" });
    // SIGKILL is immediate, but a loaded machine may take a moment to deliver and reap it.
    await expect.poll(() => isAlive(grandchild), { timeout: 3000 }).toBe(false);
  });
});
