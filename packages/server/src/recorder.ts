import { closeSync, constants, fchmodSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { serializeSessionLine, type Frame, type SessionHeader } from "@mcp-inspect/core";

export interface SessionRecorder {
  readonly path: string;
  /** Appends the frame; returns the length of the line written (0 once closed), which bounds the memory history. */
  write(frame: Frame): number;
  close(): void;
}

/**
 * What to do when the file exists: "new" (default) refuses, so a second session never lands silently
 * in someone's file; "append" adds this session after the old one (--append); "overwrite" (--force).
 */
export type RecordMode = "new" | "append" | "overwrite";

/** Thrown when the file exists and the mode is "new"; the message says which flags decide. */
export class RecordingExistsError extends Error {
  override name = "RecordingExistsError";
  constructor(readonly path: string) {
    super(`${path} already exists: pass --append to add this session to it, or --force to overwrite it`);
  }
}

/**
 * Appends the session to its file with a synchronous write per frame: a frame is in the kernel
 * before it is forwarded, so a crash of the inspector (even SIGKILL) loses nothing already relayed.
 * The file is private (0600) whatever the mode: it holds everything the server said.
 */
export function createSessionRecorder(path: string, header: SessionHeader, mode: RecordMode = "new"): SessionRecorder {
  mkdirSync(dirname(path), { recursive: true });
  const how = mode === "append" ? "a" : mode === "overwrite" ? "w" : "wx";
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a symlink planted at the path must not redirect the recording elsewhere.
    fd = openSync(path, openFlags(how), 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new RecordingExistsError(path);
    throw error;
  }
  // An existing file keeps its old mode on open: make it private too.
  fchmodSync(fd, 0o600);
  writeSync(fd, serializeSessionLine(header));
  return {
    path,
    write(frame) {
      if (fd === undefined) return 0;
      const line = serializeSessionLine(frame);
      writeSync(fd, line);
      return line.length;
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

function openFlags(how: "a" | "w" | "wx"): number {
  const { O_WRONLY, O_CREAT, O_APPEND, O_TRUNC, O_EXCL, O_NOFOLLOW = 0 } = constants;
  const base = O_WRONLY | O_CREAT | O_NOFOLLOW;
  return how === "a" ? base | O_APPEND : how === "w" ? base | O_TRUNC : base | O_EXCL;
}
