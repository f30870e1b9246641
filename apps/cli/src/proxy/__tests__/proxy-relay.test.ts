import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { FrameInput } from "@mcp-inspect/core";
import { startRelay } from "../proxy-relay";

/** Runs `script` with node as the server behind a relay; the test plays the client on `input`. */
function relay(script: string, graceMs = 2000) {
  const input = new PassThrough();
  const output = new PassThrough();
  const errOutput = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  output.on("data", (c: Buffer) => out.push(c));
  errOutput.on("data", (c: Buffer) => err.push(c));
  const frames: FrameInput[] = [];
  const r = startRelay({ command: process.execPath, args: ["-e", script], cwd: process.cwd(), env: process.env, input, output, errOutput, emit: (f) => frames.push(f), graceMs });
  return { ...r, input, frames, out: () => Buffer.concat(out), err: () => Buffer.concat(err) };
}

const bigMessage = JSON.stringify({ jsonrpc: "2.0", id: 1, result: { text: "x".repeat(1 << 20) } });

describe("proxy relay", () => {
  it("passes the server's stdout on byte for byte: a 1 MB line, noise and a partial last line; exits with its code", async () => {
    const script = `
      // Built here: a 1 MB argument is over the kernel's limit for one argv string.
      const big = JSON.stringify({ jsonrpc: "2.0", id: 1, result: { text: "x".repeat(1 << 20) } });
      process.stdout.write(big + "\\n");
      process.stdout.write("Server started on stdio\\n");
      process.stdout.write(Buffer.from([0xff, 0xfe, 0x0a]));
      process.stdout.write('{"jsonrpc":"2.0","method":"notifications/x"', () => process.exit(3));`;
    const r = relay(script);
    const code = await r.exited;
    expect(code).toBe(3);
    const expected = Buffer.concat([Buffer.from(bigMessage + "\nServer started on stdio\n"), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from('{"jsonrpc":"2.0","method":"notifications/x"')]);
    expect(r.out().equals(expected)).toBe(true);
    const kinds = r.frames.map((f) => (f.kind === "process" ? `process:${f.event}` : f.kind));
    expect(kinds).toEqual(["process:spawn", "message", "stdout-noise", "stdout-noise", "stdout-noise", "process:exit"]);
    expect(r.frames[1]).toMatchObject({ dir: "server->client", bytes: bigMessage.length });
    expect(r.frames[2]).toMatchObject({ text: "Server started on stdio" });
    expect(r.frames[3]).toMatchObject({ invalidUtf8: true });
    expect(r.frames[4]).toMatchObject({ unterminated: true });
    expect(r.frames[5]).toMatchObject({ code: 3 });
  });

  it("passes the client's bytes to the server unchanged and records its messages; closing stdin ends the server", async () => {
    // An echo server: whatever reaches its stdin comes back on stdout, so the output shows what the server got.
    const r = relay("process.stdin.pipe(process.stdout)");
    const sent = Buffer.from(`${bigMessage}\n{"jsonrpc":"2.0","method":"notifications/initialized"}\r\nnot json\n{"jsonrpc":"2.0","id":2,"method":"ping"}`);
    // In odd-sized pieces, so lines straddle chunks.
    for (let i = 0; i < sent.length; i += 65_537) r.input.write(sent.subarray(i, i + 65_537));
    r.input.end();
    expect(await r.exited).toBe(0);
    expect(r.out().equals(sent)).toBe(true);
    const client = r.frames.filter((f) => f.kind === "message" && f.dir === "client->server");
    expect(client.map((f) => (f.kind === "message" ? f.msg.method ?? f.msg.id : undefined))).toEqual([1, "notifications/initialized", "ping"]);
    expect(r.frames.some((f) => f.kind === "check" && f.rule === "stdio/client-noise" && f.message.includes("not json"))).toBe(true);
  });

  it("a server that ignores stdin closing is sent SIGTERM after the grace period, and its exit code says so", async () => {
    const r = relay("process.stdin.resume(); process.stdin.on('end', () => {}); setInterval(() => {}, 1000); console.error('ready')", 100);
    // Wait for the server to run before the client leaves.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => r.err().length > 0 && (clearInterval(poll), resolve()), 10);
    });
    r.input.end();
    expect(await r.exited).toBe(128 + 15);
    expect(r.frames.at(-1)).toMatchObject({ kind: "process", event: "exit", signal: "SIGTERM" });
  });

  it("passes the server's stderr through unchanged and records its lines", async () => {
    const r = relay("process.stderr.write('warn: á\\npartial')");
    expect(await r.exited).toBe(0);
    expect(r.err().toString("utf8")).toBe("warn: á\npartial");
    expect(r.out().length).toBe(0);
    expect(r.frames.filter((f) => f.kind === "stderr").map((f) => (f.kind === "stderr" ? f.text : ""))).toEqual(["warn: á", "partial"]);
  });
});
