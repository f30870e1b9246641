import type { ParsedSession } from "@mcp-inspect/core";
import { callsOf, diffProtocol, diffSurface, extractSurface, formatSessionDiff, pairCalls, sessionsDiffer, summarise, summaryText } from "@mcp-inspect/core/session-diff";
import { printErr, printOut } from "../common/terminal-text";
import { readSessionArgument } from "../common/read-session-argument";

export interface DiffFlags {
  json?: boolean;
}

/**
 * `mcp-inspect diff <a.jsonl> <b.jsonl>`: the UI's session compare from the command line (core's
 * session-diff, the same code). Exit 0 the same, 1 they differ, 2 usage error or unreadable file.
 */
export function runDiff(fileA: string, fileB: string, flags: DiffFlags): number {
  const a = readSession(fileA);
  const b = readSession(fileB);
  const kinds = diffSurface(extractSurface(a.frames), extractSurface(b.frames));
  const pairs = pairCalls(callsOf(a.frames), callsOf(b.frames));
  const protocol = diffProtocol(a.frames, b.frames);
  const summary = summarise(kinds, pairs, protocol);
  const differ = sessionsDiffer(summary);
  if (flags.json) {
    printOut(JSON.stringify({ a: fileA, b: fileB, same: !differ, summary, surface: kinds, calls: pairs }, null, 2) + "\n");
  } else {
    // A and B in the text, the files named once: file names are long and the paths need both labels per line.
    printOut(`A: ${fileA}\nB: ${fileB}\n`);
    printOut(differ ? formatSessionDiff(kinds, pairs, ["A", "B"], protocol) : `same: ${summaryText(summary, ["A", "B"])}\n`);
  }
  return differ ? 1 : 0;
}

function readSession(file: string): ParsedSession {
  return readSessionArgument(file, "diff").session;
}
