import type { WebSocket } from "ws";
import { readRecordedLines } from "./recorded-frames";
import type { InspectSession } from "./session";

/** A history piece: at most this many frames, about this much JSON. */
const PIECE_FRAMES = 5000;
const PIECE_BYTES = 2 << 20;
/** Past this much unsent data on the socket, the next piece waits until the last one is written out. */
const MAX_BUFFERED = 8 << 20;

/**
 * Sends a session's history to a newly connected socket as `hello` pieces, a piece only while little
 * is waiting to be written out: a slow reader costs a few pieces of memory, not a copy of the whole history
 * (twenty tabs reconnecting after 300 MB of traffic used to crash the backend). What memory no longer
 * holds is read back from the session file. Once the socket has every frame so far, the last piece
 * (no `more`) is sent and `goLive` is called in the same tick, so no frame falls between history and
 * live frames. Resolves false, without `goLive`, when `wanted()` turns false (socket or server gone).
 */
export async function sendHistory(socket: WebSocket, session: InspectSession, wanted: () => boolean, goLive: () => void): Promise<boolean> {
  const { header } = session;
  // ws calls back once the piece is written to the connection (or failed): that is the back-pressure.
  const sendText = (text: string | Buffer) =>
    new Promise<void>((resolve) => {
      socket.send(text, { binary: false }, () => resolve());
      // A reader that keeps up is not made to wait a round trip per piece; a slow one holds at most MAX_BUFFERED.
      if (socket.bufferedAmount < MAX_BUFFERED) resolve();
    });
  // Lines (from the file, or kept in memory) are frames as JSON (UTF-8) already: spliced in as bytes, not parsed
  // and serialised again. The same JSON as `{ type: "hello", header, frames, more }`.
  const helloStart = Buffer.from(`{"type":"hello","header":${JSON.stringify(header)},"frames":[`);
  const helloEnd = Buffer.from(`],"more":true}`);
  const lastEnd = Buffer.from(`]}`);
  const comma = Buffer.from(",");
  const hello = (lines: (readonly Uint8Array[])[], end: Buffer) => Buffer.concat([helloStart, ...lines.flatMap((line, i) => (i ? [comma, ...line] : [...line])), end]);
  let sent = 0;
  for (;;) {
    if (!wanted()) return false;
    const { lines, onDisk, firstInMemory } = session.linesAfter(sent, PIECE_FRAMES, PIECE_BYTES);
    if (onDisk) {
      const file = session.sessionFile;
      if (file) {
        for await (const piece of readRecordedLines(file, header.id, sent, firstInMemory, PIECE_BYTES)) {
          if (!wanted()) return false;
          await sendText(Buffer.concat([helloStart, ...piece.lines.flatMap((line, i) => (i ? [comma, line] : [line])), helloEnd]));
          sent = piece.lastSeq;
        }
      }
      // Whatever the file could not give (it was removed) is gone: go on with what memory has.
      sent = Math.max(sent, firstInMemory - 1);
      continue;
    }
    const last = sent + lines.length; // memory holds consecutive seqs
    if (last === session.lastSeq) {
      socket.send(hello(lines, lastEnd), { binary: false });
      goLive();
      return true;
    }
    await sendText(hello(lines, helloEnd));
    sent = last;
  }
}
