import { parseSessionFile, type ParsedSession } from "@mcp-inspect/core";
import { readUserFile } from "./read-user-file";
import { printErr } from "./terminal-text";
import { UsageError } from "./usage-error";

/**
 * The session file a command was given, read and parsed. A file that cannot be read or is not a session is a usage
 * error (exit 2) naming the file and what is wrong; what the reader forgave (a cut last line...) is said on stderr
 * under the command's name, and the session is still returned.
 */
export function readSessionArgument(file: string, command: string): { text: string; session: ParsedSession } {
  const text = readUserFile(file);
  let session: ParsedSession;
  try {
    session = parseSessionFile(text);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
  for (const warning of session.warnings) printErr(`mcp-inspect ${command}: ${file}: ${warning}\n`);
  return { text, session };
}
