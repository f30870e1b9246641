import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describeTarget, parseSessionFile, sessionProtocol, type SessionHeader, type SessionProtocol, type SessionSummary } from "@mcp-inspect/core";

export type { SessionSummary };

/** A session file's name in the folder: no path, no dot file. */
export const SESSION_ID = "^[A-Za-z0-9_][A-Za-z0-9_.-]*\\.jsonl$";
/** How much of a file the list reads: the header, and the handshake that follows it (within the first frames). */
const HEAD_BYTES = 256 * 1024;

/**
 * Session files in the recordings folder, newest first, with what their header says. Anyone who can
 * write to the folder can plant files there (a FIFO that blocks a plain open, a dangling symlink, a
 * symlink to ~/.ssh/id_rsa): only regular files, opened without following links or blocking, whose
 * first line is a valid session header, are listed.
 */
export function listSessionFiles(folder: string, live: ReadonlySet<string | undefined>): SessionSummary[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => new RegExp(SESSION_ID).test(name));
  } catch {
    return [];
  }
  const sessions: SessionSummary[] = [];
  for (const id of names) {
    const path = join(folder, id);
    const opened = openRegularFile(path);
    if (!opened) continue;
    try {
      const head = readHead(opened.fd);
      if (!head) continue;
      const { header, protocol } = head;
      sessions.push({
        id,
        size: opened.size,
        modifiedAt: opened.mtime.toISOString(),
        ...(live.has(path) ? { current: true as const } : {}),
        startedAt: header.startedAt,
        target: describeTarget(header.target),
        ...(protocol ? { protocol } : {}),
      });
    } finally {
      closeSync(opened.fd);
    }
  }
  return sessions.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

/** The text of one session file of the folder, under the same rules as the list; undefined when it is not one. */
export function readSessionFile(folder: string, id: string): string | undefined {
  if (!new RegExp(SESSION_ID).test(id)) return undefined;
  const opened = openRegularFile(join(folder, id));
  if (!opened) return undefined;
  try {
    if (!readHead(opened.fd)) return undefined;
    return readFileSync(opened.fd, "utf8");
  } finally {
    closeSync(opened.fd);
  }
}

/**
 * Opens a file for reading only if it is a regular file itself: lstat first (no symlinks, FIFOs,
 * sockets, devices), then O_NOFOLLOW | O_NONBLOCK so a file swapped in between cannot redirect or
 * block the open, then fstat to be sure of what was opened.
 */
function openRegularFile(path: string): { fd: number; size: number; mtime: Date } | undefined {
  try {
    if (!lstatSync(path).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = constants;
  let fd: number;
  try {
    fd = openSync(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch {
    return undefined;
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    return undefined;
  }
  return { fd, size: stat.size, mtime: stat.mtime };
}

/**
 * The header of an open file (its first line, read from the start without reading the file whole), if valid, and
 * the protocol its first frames negotiated (a cut last line is skipped; a huge first answer leaves it unknown).
 */
function readHead(fd: number): { header: SessionHeader; protocol?: SessionProtocol } | undefined {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const read = readSync(fd, buffer, 0, buffer.length, 0);
  const text = buffer.subarray(0, read).toString("utf8");
  let header: SessionHeader;
  try {
    header = parseSessionFile(text.split("\n")[0] ?? "").header;
  } catch {
    return undefined;
  }
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  const protocol = complete.includes("\n") ? sessionProtocol(parseSessionFile(complete).frames) : undefined;
  return protocol ? { header, protocol } : { header };
}
