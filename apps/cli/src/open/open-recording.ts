import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseSessionFile, SessionFileError, type ParsedSession } from "@mcp-inspect/core";
import { UsageError } from "../common/usage-error";

/** A session file read for `mcp-inspect open`: its name for the UI, its text to serve, and what the reader found. */
export interface OpenedRecording {
  name: string;
  text: string;
  parsed: ParsedSession;
}

/**
 * Reads and checks a session file before anything is served: a file that is missing, is not a session, or
 * whose header the UI could not show, is a one-line usage error (exit 2) naming the file and what is wrong.
 */
export function readRecordingForUi(file: string): OpenedRecording {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UsageError(`${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a session file" : message}`);
  }
  let parsed: ParsedSession;
  try {
    parsed = parseSessionFile(text);
  } catch (error) {
    if (error instanceof SessionFileError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  const problem = headerProblem(parsed.header as unknown as Record<string, unknown>);
  if (problem) throw new UsageError(`${file}: not a session file mcp-inspect can show: its header ${problem}`);
  return { name: basename(file), text, parsed };
}

/** What the UI needs of the header line and this one lacks, or undefined. */
function headerProblem(header: Record<string, unknown>): string | undefined {
  if (typeof header.id !== "string") return 'has no "id"';
  if (typeof header.startedAt !== "string" || Number.isNaN(Date.parse(header.startedAt))) return 'has no "startedAt" date';
  const target = header.target as Record<string, unknown> | undefined;
  if (typeof target !== "object" || target === null) return 'has no "target"';
  if (target.type === "stdio") {
    if (typeof target.command !== "string" || !Array.isArray(target.args)) return 'has a stdio "target" without "command" and "args"';
  } else if (target.type === "http") {
    if (typeof target.url !== "string") return 'has an http "target" without "url"';
  } else {
    return `has a "target" of unknown type ${JSON.stringify(target.type)}`;
  }
  return undefined;
}
