import { closeSync, constants, fchmodSync, mkdirSync, openSync, writeSync, writevSync } from "node:fs";
import { dirname } from "node:path";
import { serializeSessionLine, type Frame, type SessionHeader } from "@mcp-inspect/core";

export interface SessionRecorder {
  readonly path: string;
  /**
   * Appends the frame; returns the line written, newline included, as its byte pieces (none once closed): the
   * session keeps them as its memory history and the relay sends them on, so the frame is serialised once.
   * `raw`, for a message frame, is the message's own JSON text as it came off the wire: spliced in as `msg`
   * instead of serialising the parsed message again (a 50 MB answer is not copied into a second string).
   */
  write(frame: Frame, raw?: Uint8Array): Uint8Array[];
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
    write(frame, raw) {
      if (fd === undefined) return [];
      const pieces = raw && frame.kind === "message" ? splicedLine(frame, raw) : [Buffer.from(serializeSessionLine(frame))];
      // One call for the pieces: the line reaches the kernel whole or (a crash mid-call) cut, which readers skip.
      let written = writevSync(fd, pieces);
      const total = pieces.reduce((n, p) => n + p.length, 0);
      // A short write (rare, for huge lines) is finished from where it stopped.
      while (written < total) written += writeSync(fd, Buffer.concat(pieces).subarray(written));
      // A small line is kept as one buffer of its own: `raw` may be a view into a larger chunk of stdout.
      return pieces.length > 1 && total < SPLICE_KEPT_BYTES ? [Buffer.concat(pieces, total)] : pieces;
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

/** Below this a spliced line is copied into one buffer: cheap, and it holds no other bytes alive. */
const SPLICE_KEPT_BYTES = 64 * 1024;

/** Stands for `msg` while the rest of the frame is serialised; JSON.stringify escapes the NULs, so no other value can match. */
const RAW_MARK = "\u0000mcp-inspect-raw-msg\u0000";
const RAW_MARK_JSON = JSON.stringify(RAW_MARK);

/**
 * The frame's line with the message's own bytes as `msg`: the same JSON value as serialising the parsed message
 * (it parsed as exactly that), in the same key order, without a second copy of a large message as a string.
 */
function splicedLine(frame: Frame, raw: Uint8Array): Uint8Array[] {
  const line = serializeSessionLine({ ...frame, msg: RAW_MARK } as unknown as Frame);
  const at = line.indexOf(RAW_MARK_JSON);
  return [Buffer.from(line.slice(0, at)), raw, Buffer.from(line.slice(at + RAW_MARK_JSON.length))];
}
