import { createInterface } from "node:readline";
import { createMockResponder } from "./mock-server";
import { readRecording } from "../replay/replay-recording";
import { printErr } from "../common/terminal-text";

/**
 * `mcp-inspect mock <session-or-fixture>`: a stdio MCP server that answers from the recording, for
 * clients' tests without the real server. stdout carries only JSON-RPC; notes go to stderr.
 */
export async function runMock(file: string): Promise<number> {
  const { fixture, warnings } = readRecording(file);
  for (const warning of warnings) printErr(`mcp-inspect mock: ${file}: ${warning}\n`);
  const respond = createMockResponder(fixture);
  const requests = fixture.exchanges.filter((e) => e.kind === "request").length;
  printErr(`mcp-inspect mock: answering ${requests} recorded request(s) from ${file} on stdio\n`);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch (error) {
      process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32700, message: `parse error: ${(error as Error).message}` } }) + "\n");
      continue;
    }
    for (const one of Array.isArray(message) ? message : [message]) {
      const reply = typeof one === "object" && one !== null ? respond(one as Record<string, unknown>) : undefined;
      if (reply) process.stdout.write(JSON.stringify(reply) + "\n");
    }
  }
  return 0;
}
