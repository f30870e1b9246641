import { writeFileSync } from "node:fs";
import type { ProtocolMode } from "@mcp-inspect/core";
import { canonicalJson, fixtureProtocol, formatDiffs, replayFixture, replayProtocol, ReplayStartError } from "@mcp-inspect/core/fixture";
import { envFromFlags, remoteFromFlags, resolveCwd, type RemoteFlags } from "../target/inspect-options";
import { connectRemote } from "../target/remote-connect";
import { readRecording } from "./replay-recording";
import { createReplayTransport } from "../testing/replay-transport";
import { UsageError } from "../common/usage-error";
import { VERSION } from "../common/version";
import { printErr, printOut } from "../common/terminal-text";

export interface ReplayFlags extends RemoteFlags {
  update?: boolean;
  ignore: string[];
  env: string[];
  cwd?: string;
  timeout: number;
  /** `auto` (default): the era and revision the fixture was recorded in; a revision of that era overrides it. */
  protocol?: ProtocolMode;
}

/**
 * `mcp-inspect replay <session-or-fixture> [--] <command> [args...]`: replays the recording against a
 * fresh stdio server and prints what differs. Exit 0 same, 1 differs, 2 usage error or no start.
 */
export async function runReplay(file: string, commandLine: string[], flags: ReplayFlags): Promise<number> {
  const read = readRecording(file);
  for (const warning of read.warnings) printErr(`mcp-inspect replay: ${file}: ${warning}\n`);
  const protocol = replayProtocol(read.fixture, flags.protocol);
  const recorded = fixtureProtocol(read.fixture);
  if (flags.update && protocol.era !== recorded.era) {
    throw new UsageError(`--update rewrites the fixture in the era it was recorded in (${recorded.version}); to keep answers of ${protocol.version}, record a session in it`);
  }
  const remote = remoteFromFlags(flags, commandLine);
  const [command, ...args] = commandLine;
  if (!command && !remote) throw new UsageError(`replay needs the server to run: mcp-inspect replay ${file} -- node server.js (or --url <url>)`);
  let stderr: string[] = [];
  let transport: Parameters<typeof replayFixture>[1];
  let disconnect = async () => {};
  if (remote) {
    const connected = await connectRemote(remote, flags.timeout, (error) => (error instanceof Error ? error.message : String(error)));
    transport = connected.transport;
    disconnect = connected.disconnect;
  } else {
    ({ transport, stderr } = createReplayTransport({ command: command!, args, cwd: resolveCwd(flags.cwd), env: envFromFlags(flags.env) }));
  }
  let result;
  try {
    result = await replayFixture(read.fixture, transport, { ignore: flags.ignore, timeoutMs: flags.timeout, clientInfo: { name: "mcp-inspect-replay", version: VERSION }, protocol: protocol.version as ProtocolMode });
  } catch (error) {
    if (!(error instanceof ReplayStartError)) throw error;
    const tail = stderr.length ? `\nstderr (last lines):\n${stderr.slice(-20).map((l) => `  ${l}`).join("\n")}` : "";
    printErr(`mcp-inspect replay: ${error.message}${tail}\n`);
    return 2;
  } finally {
    await disconnect();
  }
  const requests = read.fixture.exchanges.filter((e) => e.kind === "request").length;
  if (flags.update) {
    const target = read.from === "fixture" ? file : file.replace(/\.jsonl?$/i, "") + ".fixture.json";
    writeFileSync(target, canonicalJson(result.updated));
    printOut(`${result.ok ? "unchanged" : `updated ${result.diffs.length} difference(s)`}: wrote ${target}\n`);
    if (!result.ok) printOut(formatDiffs(result.diffs) + "\n");
    return 0;
  }
  if (result.ok) {
    // The revision after the count: scripts match "replay ok: <n> requests answered as recorded".
    printOut(`replay ok: ${requests} request${requests === 1 ? "" : "s"} answered as recorded, in ${protocol.version}\n`);
    return 0;
  }
  printOut(`replay differs: ${result.diffs.length} difference${result.diffs.length === 1 ? "" : "s"} in ${requests} request(s), in ${protocol.version}\n${formatDiffs(result.diffs)}\n`);
  return 1;
}
