import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { serializeSessionLine, type Frame, type SessionHeader } from "@mcp-inspect/core";

export interface SessionRecorder {
  readonly path: string;
  /** Appends the frame; returns the length of the line written (0 once closed), which bounds the memory history. */
  write(frame: Frame): number;
  close(): void;
}

/**
 * Appends the session to its file with a synchronous write per frame: a frame is in the kernel
 * before it is forwarded, so a crash of the inspector (even SIGKILL) loses nothing already relayed.
 */
export function createSessionRecorder(path: string, header: SessionHeader): SessionRecorder {
  mkdirSync(dirname(path), { recursive: true });
  let fd: number | undefined = openSync(path, "a", 0o600);
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
