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
 * whose header fails core's field-by-field check, is a one-line usage error (exit 2) naming the file and what is wrong.
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
  return { name: basename(file), text, parsed };
}
