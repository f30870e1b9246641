// The built bundle over real stdio: what the inspector actually spawns. Needs `npm run build` first.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterEach, describe, expect, it } from "vitest";
import { call, textOf, waitFor } from "./harness.js";

const SERVER = fileURLToPath(new URL("../../dist/server.js", import.meta.url));
const built = existsSync(SERVER);
if (!built) console.warn(`Skipping stdio tests: ${SERVER} is missing. Run \`npm run build\` in packages/demo-server first.`);

let client: Client | undefined;
afterEach(async () => client?.close());

async function start(args: string[] = []) {
  const transport = new StdioClientTransport({ command: process.execPath, args: [SERVER, ...args], stderr: "pipe" });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const errors: Error[] = [];
  client = new Client({ name: "stdio-test", version: "1.0.0" });
  client.onerror = (error) => errors.push(error);
  await client.connect(transport);
  return { client, errors, stderr: () => stderr };
}

/** Runs the bundle with raw newline-delimited JSON on stdin; resolves with everything it wrote and its exit code. */
function runRaw(messages: object[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ stdout, stderr, code }));
    for (const message of messages) child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
    setTimeout(() => child.stdin.end(), 300);
  });
}

const INITIALIZE = {
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};

describe.skipIf(!built)("dist/server.js over stdio", () => {
  it("starts, says so on stderr, and answers tools", async () => {
    const session = await start();
    expect(session.client.getServerVersion()?.name).toBe("mcp-inspect-demo");
    expect(textOf(await call(session.client, "echo", { message: "over stdio" }))).toBe("over stdio");
    await waitFor(() => session.stderr().includes("mcp-inspect demo server ready on stdio"));
  });

  it("keeps working after write_stdout_noise pollutes stdout", async () => {
    const session = await start();
    await call(session.client, "write_stdout_noise");
    expect(textOf(await call(session.client, "add", { a: 1, b: 2 }))).toBe("3");
    expect(session.errors.some((error) => error instanceof SyntaxError)).toBe(true);
  });

  it("honours --page-size for tools/list", async () => {
    const session = await start(["--page-size", "4"]);
    const page = await session.client.listTools();
    expect(page.tools).toHaveLength(4);
    expect(page.nextCursor).toBeTypeOf("string");
  });

  it("writes nothing but JSON-RPC to stdout, and exits when stdin closes", async () => {
    const { stdout, stderr, code } = await runRaw([
      INITIALIZE,
      { method: "notifications/initialized" },
      { id: 2, method: "tools/call", params: { name: "write_stderr", arguments: { line: "a stderr line" } } },
      { id: 3, method: "resources/list" },
    ]);
    const lines = stdout.trimEnd().split("\n");
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: "2.0" });
    expect(lines.map((line) => JSON.parse(line).id).filter((id) => id !== undefined)).toEqual([1, 2, 3]);
    expect(stderr).toContain("a stderr line");
    expect(code).toBe(0);
  });

  it("crash exits with the given code after a line on stderr", async () => {
    const { stderr, code } = await runRaw([
      INITIALIZE,
      { method: "notifications/initialized" },
      { id: 2, method: "tools/call", params: { name: "crash", arguments: { code: 7 } } },
    ]);
    expect(code).toBe(7);
    expect(stderr).toContain("crashing on purpose with exit code 7");
  });
});
