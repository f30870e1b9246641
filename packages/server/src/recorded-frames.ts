import { open } from "node:fs/promises";
import type { Frame } from "@mcp-inspect/core";

const READ_BYTES = 4 << 20;

/** Some lines of a session file, each one frame's JSON as recorded (UTF-8, no newline), and the seq of the last. */
export interface RecordedLines {
  lines: Buffer[];
  lastSeq: number;
}

/** The frames of session `sessionId` with `after < seq < before`, parsed, in pieces (see readRecordedLines). */
export async function* readRecordedFrames(path: string, sessionId: string, after: number, before: number, pieceBytes = READ_BYTES): AsyncGenerator<Frame[]> {
  for await (const piece of readRecordedLines(path, sessionId, after, before, pieceBytes)) yield piece.lines.map((line) => JSON.parse(line.toString("utf8")) as Frame);
}

/**
 * The frames of session `sessionId` with `after < seq < before`, read back from its session file in
 * pieces of about `pieceBytes`, so a long session reaches a reconnecting tab without the backend
 * holding it in memory. Works on the bytes: lines are handed on as recorded (our own JSON.stringify
 * output, valid UTF-8), so relaying them needs no decoding, parsing or serialising. A file may hold
 * earlier sessions too (appended): only the lines after this session's header count.
 */
export async function* readRecordedLines(path: string, sessionId: string, after: number, before: number, pieceBytes = READ_BYTES): AsyncGenerator<RecordedLines> {
  const file = await open(path, "r");
  try {
    let carry: Buffer[] = [];
    let ours = false;
    let piece: Buffer[] = [];
    let pieceSize = 0;
    let lastSeq = after;
    for (let position = 0; ; ) {
      // A fresh block each time: the lines handed on are views into it.
      const block = Buffer.allocUnsafe(READ_BYTES);
      const { bytesRead } = await file.read(block, 0, READ_BYTES, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      let start = 0;
      for (let nl = block.indexOf(10, 0); nl !== -1 && nl < bytesRead; nl = block.indexOf(10, start)) {
        const line = carry.length ? Buffer.concat([...carry, block.subarray(start, nl)]) : block.subarray(start, nl);
        carry = [];
        start = nl + 1;
        const seq = seqOf(line);
        if (seq === undefined) {
          ours = isOwnHeader(line, sessionId) ?? ours;
          continue;
        }
        if (!ours || seq <= after) continue;
        if (seq >= before) {
          if (piece.length) yield { lines: piece, lastSeq };
          return;
        }
        piece.push(line);
        lastSeq = seq;
        pieceSize += line.length;
        if (pieceSize >= pieceBytes) {
          yield { lines: piece, lastSeq };
          piece = [];
          pieceSize = 0;
        }
      }
      // The unfinished last line waits for the next block.
      if (start < bytesRead) carry.push(block.subarray(start, bytesRead));
    }
    if (piece.length) yield { lines: piece, lastSeq };
  } finally {
    await file.close();
  }
}

const SEQ_PREFIX = Buffer.from('{"seq":');

/** The seq of a frame line as we write it (`{"seq":12,...`), read from the bytes; undefined for other lines. */
function seqOf(line: Buffer): number | undefined {
  if (line.length <= SEQ_PREFIX.length || line.compare(SEQ_PREFIX, 0, SEQ_PREFIX.length, 0, SEQ_PREFIX.length) !== 0) return undefined;
  let seq = 0;
  let i = SEQ_PREFIX.length;
  for (; i < line.length && line[i]! >= 0x30 && line[i]! <= 0x39 && i < SEQ_PREFIX.length + 16; i++) seq = seq * 10 + (line[i]! - 0x30);
  return i > SEQ_PREFIX.length && line[i] === 0x2c ? seq : undefined;
}

/** For a line without a seq: true/false when it is a session header (ours or not), else undefined. */
function isOwnHeader(line: Buffer, sessionId: string): boolean | undefined {
  try {
    const value = JSON.parse(line.toString("utf8")) as { format?: unknown; id?: unknown };
    return typeof value === "object" && value !== null && typeof value.format === "string" ? value.id === sessionId : undefined;
  } catch {
    return undefined;
  }
}
