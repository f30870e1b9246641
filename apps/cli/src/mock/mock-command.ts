import { createInterface } from "node:readline";
import type { ProtocolMode } from "@mcp-inspect/core";
import { replayProtocol } from "@mcp-inspect/core/fixture";
import { createMockResponder } from "./mock-server";
import { UsageError } from "../common/usage-error";
import { readRecording } from "../replay/replay-recording";
import { printErr } from "../common/terminal-text";

/**
 * `mcp-inspect mock <session-or-fixture>`: a stdio MCP server that answers from the recording, in its era, for
 * clients' tests without the real server. stdout carries only JSON-RPC; notes go to stderr.
 */
export interface MockFlags {
  /** `auto` (default): the era and revision the recording was made in; a revision of that era overrides it. */
  protocol?: ProtocolMode;
}

export async function runMock(file: string, flags: MockFlags = {}): Promise<number> {
  const { fixture, warnings } = readRecording(file);
  for (const warning of warnings) printErr(`mcp-inspect mock: ${file}: ${warning}\n`);
  let protocol;
  try {
    // A mock cannot carry a recording over to the other era: its answers would need requests of its own to the client.
    protocol = replayProtocol(fixture, flags.protocol, { sameEraOnly: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const respond = createMockResponder(fixture, protocol);
  const requests = fixture.exchanges.filter((e) => e.kind === "request").length;
  const opening = protocol.era === "modern" ? "server/discover" : "initialize";
  printErr(`mcp-inspect mock: answering ${requests} recorded request(s) from ${file} on stdio, in ${protocol.version} (${opening})\n`);
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
