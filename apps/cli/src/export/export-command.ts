import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { canonicalJson, clientRequests, describeClientRequest, fixtureFromSession, fixtureProtocol, generateVitestFile } from "@mcp-inspect/core/fixture";
import { checkFixtureName, defaultFixtureName, splitCommandLine } from "./export-options";
import { UsageError } from "../common/usage-error";
import { readSessionArgument } from "../common/read-session-argument";
import { printErr, printOut } from "../common/terminal-text";

export interface ExportFlags {
  out?: string;
  name?: string;
  only?: number[];
  server?: string;
}

/**
 * `mcp-inspect export <session-file>`: writes `<name>.fixture.json` and `<name>.test.ts`, a Vitest
 * file that replays it with one call into `mcp-inspect/testing`. Exit 0, or 2 on a bad file or flag.
 */
export async function runExport(sessionFile: string, flags: ExportFlags): Promise<number> {
  const { session } = readSessionArgument(sessionFile, "export");
  let fixture;
  try {
    fixture = fixtureFromSession(session.header, session.frames, flags.only ? { only: flags.only } : {});
  } catch (error) {
    throw new UsageError(`${sessionFile}: ${(error as Error).message}`);
  }

  const outDir = resolve(flags.out ?? ".");
  const name = flags.name ? checkFixtureName(flags.name) : defaultFixtureName(sessionFile);
  // A --server command line is given relative to where the tests live; a recorded one ran in the recorded cwd.
  const target = session.header.target;
  if (target.type !== "stdio" && !flags.server) {
    throw new UsageError(`${sessionFile} was recorded against ${target.url}; the generated test starts a stdio server: pass --server "<command line>"`);
  }
  const [command, ...args] = flags.server || target.type !== "stdio" ? splitCommandLine(flags.server ?? "") : [target.command, ...target.args];
  // A relative recorded cwd (a hand-written header without one defaults to ".") means the session file's folder.
  const cwd = flags.server || target.type !== "stdio" ? "." : relative(outDir, resolve(dirname(resolve(sessionFile)), target.cwd)) || ".";
  mkdirSync(outDir, { recursive: true });
  const fixturePath = join(outDir, `${name}.fixture.json`);
  const testPath = join(outDir, `${name}.test.ts`);
  writeFileSync(fixturePath, canonicalJson(fixture));
  writeFileSync(testPath, generateVitestFile({ fixtureFile: `${name}.fixture.json`, name: `${name} replays as recorded`, command: command!, args, cwd, envKeys: target.type === "stdio" ? target.envKeys : [], protocol: fixtureProtocol(fixture).version }));
  const requests = fixture.exchanges.filter((e) => e.kind === "request").length;
  printErr(`mcp-inspect export: ${requests} request${requests === 1 ? "" : "s"}, ${fixture.serverRequests.length} recorded answer(s) to server requests
`);
  // Both numbers of each exported request: --only takes frame numbers, the log shows JSON-RPC ids.
  const only = flags.only ? new Set(flags.only) : undefined;
  const exported = clientRequests(session.frames).filter((r) => r.responseSeq !== undefined && (!only || only.has(r.seq) || only.has(r.responseSeq)));
  for (const r of exported.slice(0, 50)) printErr(`  ${describeClientRequest(r)}
`);
  if (exported.length > 50) printErr(`  … and ${exported.length - 50} more
`);
  printOut(`${fixturePath}
${testPath}
`);
  return 0;
}
