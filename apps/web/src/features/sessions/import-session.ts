import { parseSessionFile, SessionFileError } from "@mcp-inspect/core";
import type { OpenedSession } from "./read-only-session";

export type ImportResult = { ok: true; session: OpenedSession } | { ok: false; error: string };

/** Largest file read in the browser: a bigger one is refused before it is read whole. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Parses a session file's text; a file the reader refuses becomes a message naming the file and why. */
export function importSessionText(source: string, text: string): ImportResult {
  try {
    return { ok: true, session: { source, parsed: parseSessionFile(text) } };
  } catch (error) {
    const why = error instanceof SessionFileError ? error.message : `could not be read: ${String(error)}`;
    return { ok: false, error: `${source}: ${why}` };
  }
}

/** Reads a dropped or picked file and parses it. */
export async function importSessionFile(file: Pick<File, "name" | "size" | "text">): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, error: `${file.name}: too large to open in the browser (${file.size} bytes; the limit is ${MAX_IMPORT_BYTES})` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, error: `${file.name}: could not be read (${(error as Error).message})` };
  }
  return importSessionText(file.name, text);
}
