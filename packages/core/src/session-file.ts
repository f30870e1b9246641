import { appFrameProblem } from "./app-frame";
import type { Frame } from "./frame";
import { SESSION_FORMAT, SessionFileError, validateSessionHeader, type SessionHeader, type SessionTarget } from "./session-header";

export { SESSION_FORMAT, SessionFileError };
export type { HttpSessionTarget, HttpTransportKind, SessionHeader, SessionTarget, StdioSessionTarget } from "./session-header";

export const SESSION_FORMAT_VERSION = 1;

/** One line naming the target: the command line of a stdio server, the URL of a remote one. */
export function describeTarget(target: SessionTarget): string {
  return target.type === "http" ? target.url : [target.command, ...target.args].join(" ");
}

export interface ParsedSession {
  header: SessionHeader;
  frames: Frame[];
  /** Lines that were skipped, with why (e.g. a truncated last line after a crash). */
  warnings: string[];
}

/** One line of the file, newline included. Keys keep a stable order so files diff well. */
export function serializeSessionLine(value: SessionHeader | Frame): string {
  return JSON.stringify(value) + "\n";
}

/**
 * Reads a session file. Unknown fields are kept; a truncated or corrupt line (or an `app` frame whose dir, app or
 * msg is malformed) is skipped with a warning naming the line (a crash can cut the last line), but a missing,
 * foreign or malformed header is an error.
 */
export function parseSessionFile(text: string): ParsedSession {
  const lines = text.split("\n");
  const first = lines[0]?.trim() ?? "";
  if (first === "") throw new SessionFileError("not a session file: it is empty");
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(first) as Record<string, unknown>;
  } catch (error) {
    throw new SessionFileError(`not a session file: line 1 is not JSON (${(error as Error).message})`);
  }
  if (typeof raw !== "object" || raw === null || raw.format !== SESSION_FORMAT) {
    throw new SessionFileError(`not a session file: line 1 has no "format": "${SESSION_FORMAT}"`);
  }
  if (typeof raw.version !== "number" || !Number.isInteger(raw.version) || raw.version < 1) throw new SessionFileError('bad session header: field "version" is not a whole number');
  if (raw.version > SESSION_FORMAT_VERSION) {
    throw new SessionFileError(
      `session file format version ${String(raw.version)} is newer than this mcp-inspect reads (${SESSION_FORMAT_VERSION}): upgrade mcp-inspect`,
    );
  }
  // Every field is checked: a shared file's values reach generated code, commands and the terminal.
  const header = validateSessionHeader(raw);
  const frames: Frame[] = [];
  const warnings: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    try {
      const frame = JSON.parse(line) as Frame;
      if (typeof frame.seq !== "number" || typeof frame.kind !== "string") throw new Error("no seq or kind");
      // An app frame's fields are shown and checked: a malformed one is skipped, saying which field is wrong.
      const appProblem = appFrameProblem(frame);
      if (appProblem !== undefined) throw new Error(`malformed app frame (seq ${frame.seq}): ${appProblem}`);
      frames.push(frame);
    } catch (error) {
      // Only a last line that is not JSON can be one a crash cut; a complete line is wrong for what it says.
      const last = error instanceof SyntaxError && lines.slice(i + 1).every((rest) => rest.trim() === "");
      warnings.push(`line ${i + 1} skipped${last ? " (truncated last line)" : ""}: ${(error as Error).message}`);
    }
  }
  return { header, frames, warnings };
}
