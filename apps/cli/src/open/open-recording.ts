import { basename } from "node:path";
import type { ParsedSession } from "@mcp-inspect/core";
import { readSessionArgument } from "../common/read-session-argument";

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
  const { text, session } = readSessionArgument(file, "open");
  return { name: basename(file), text, parsed: session };
}
