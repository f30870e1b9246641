// The SDK's own client as a real client of the proxy: StdioClientTransport starts the built CLI's `proxy -- node
// <demo server>` as its server, exactly as a client config would. Needs the build (npx turbo run build).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { parseSessionFile, type Frame } from "@mcp-inspect/core";
import { CLI, DUAL_ERA_SERVER, LEGACY_DEMO_SERVER, RUN_TIMEOUT_MS, mcpInspect, requireBuild } from "../../target/__tests__/cli-process";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function messages(frames: Frame[], dir: "client->server" | "server->client") {
  return frames.flatMap((f) => (f.kind === "message" && f.dir === dir ? [f.msg] : []));
}

describe("proxy with the SDK's client", () => {
  it.each([
    ["legacy (initialize)", LEGACY_DEMO_SERVER, "legacy" as const],
    ["auto against the dual-era server", DUAL_ERA_SERVER, "auto" as const],
  ])("%s: lists tools and calls one through the proxy; the recording holds its handshake and the call", async (_, server, mode) => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-sdk-"));
    const record = join(dir, "session.jsonl");
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, "proxy", "--record", record, "--", "node", server], stderr: "pipe" });
    const client = new Client({ name: "sdk-test-client", version: "9.9.9" }, { versionNegotiation: { mode } });
    await client.connect(transport);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("echo");
    const result = await client.callTool({ name: "echo", arguments: { message: "through the proxy" } });
    expect(JSON.stringify(result.content)).toContain("through the proxy");
    await client.close();

    // The proxy writes the last frames as it exits: wait for the file to hold the exit.
    let frames: Frame[] = [];
    for (let i = 0; i < 100 && !frames.some((f) => f.kind === "process" && f.event === "exit"); i++) {
      await new Promise((r) => setTimeout(r, 100));
      frames = parseSessionFile(readFileSync(record, "utf8")).frames;
    }
    const sent = messages(frames, "client->server");
    const handshake = sent.find((m) => m.method === "initialize" || m.method === "server/discover");
    if (mode === "legacy") expect(handshake).toMatchObject({ method: "initialize", params: { clientInfo: { name: "sdk-test-client", version: "9.9.9" } } });
    else expect(handshake).toBeDefined();
    expect(sent).toContainEqual(expect.objectContaining({ method: "tools/call", params: expect.objectContaining({ name: "echo", arguments: { message: "through the proxy" } }) }));
    const callId = sent.find((m) => m.method === "tools/call")!.id;
    expect(messages(frames, "server->client").some((m) => m.id === callId && JSON.stringify(m.result).includes("through the proxy"))).toBe(true);
    // The checks ran on the session as in the inspector: a well-behaved pair leaves no error.
    expect(frames.filter((f) => f.kind === "check" && f.severity === "error")).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it("without --record, records into the recordings folder under a name that says which client talked to which server", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-sdk-"));
    // env-paths puts the data folder under XDG_DATA_HOME on Linux.
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, "proxy", "--name", "demo", "--", "node", LEGACY_DEMO_SERVER], env: { ...process.env, XDG_DATA_HOME: dir } as Record<string, string>, stderr: "pipe" });
    const client = new Client({ name: "named-client", version: "1.0.0" });
    await client.connect(transport);
    await client.listTools();
    await client.close();
    const folder = join(dir, "mcp-inspect", "sessions");
    let names: string[] = [];
    for (let i = 0; i < 50 && names.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      names = readdirSync(folder).filter((n) => n.endsWith(".proxy.named-client.to.demo.jsonl"));
    }
    expect(names).toHaveLength(1);
  }, RUN_TIMEOUT_MS);

  it("exits with the server's exit code when the server exits first, with nothing on stdout but the server's bytes", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-sdk-"));
    const run = await mcpInspect("proxy", "--record", join(dir, "s.jsonl"), "--", process.execPath, "-e", "process.stdout.write('not a message'); process.exit(7)");
    expect(run).toMatchObject({ code: 7, stdout: "not a message" });
    expect(run.stderr).toContain("exited with 7");
    const frames = parseSessionFile(readFileSync(join(dir, "s.jsonl"), "utf8")).frames;
    expect(frames).toContainEqual(expect.objectContaining({ kind: "stdout-noise", text: "not a message" }));
    expect(frames).toContainEqual(expect.objectContaining({ kind: "process", event: "exit", code: 7 }));
  }, RUN_TIMEOUT_MS);

  it("passes a SIGTERM from the client on to the server and exits with the server's answer to it", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-sdk-"));
    const child = spawn(process.execPath, [CLI, "proxy", "--record", join(dir, "s.jsonl"), "--", process.execPath, "-e", "process.on('SIGTERM', () => process.exit(42)); console.error('up'); setInterval(() => {}, 1000)"], { stdio: ["pipe", "pipe", "pipe"] });
    let err = "";
    await new Promise<void>((resolve) => child.stderr.on("data", (c: Buffer) => ((err += c), err.includes("up") && resolve())));
    const code = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await code).toBe(42);
  }, RUN_TIMEOUT_MS);

  it("checks the client's side too: a client that breaks the protocol is a finding in the recording", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-sdk-"));
    const record = join(dir, "s.jsonl");
    const child = spawn(process.execPath, [CLI, "proxy", "--record", record, "--", "node", LEGACY_DEMO_SERVER], { stdio: ["pipe", "pipe", "ignore"] });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    let out = "";
    const answered = new Promise<void>((resolve) => child.stdout.on("data", (c: Buffer) => ((out += c), out.includes('"id":1') && resolve())));
    const init = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "rude", version: "1" } } };
    child.stdin.write(JSON.stringify(init) + "\n");
    await answered;
    // A null id (never valid for a request), then a line that is not JSON-RPC at all.
    child.stdin.end('{"jsonrpc":"2.0","id":null,"method":"ping"}\nhello server\n');
    expect(await exited).toBe(0);
    const frames = parseSessionFile(readFileSync(record, "utf8")).frames;
    const nullId = frames.find((f) => f.kind === "message" && f.dir === "client->server" && f.msg.method === "ping")!;
    expect(frames).toContainEqual(expect.objectContaining({ kind: "check", rule: "jsonrpc/id-type", about: nullId.seq }));
    expect(frames).toContainEqual(expect.objectContaining({ kind: "check", rule: "stdio/client-noise" }));
  }, RUN_TIMEOUT_MS);

  it("a missing command or an unknown flag is a usage error (exit 2) and writes nothing to stdout", async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "proxy-sdk-"));
    const missing = await mcpInspect("proxy");
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("proxy needs the server to run");
    const unknown = await mcpInspect("proxy", "--nope", "--", "node", LEGACY_DEMO_SERVER);
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toContain("unknown option '--nope'");
  }, RUN_TIMEOUT_MS);
});
