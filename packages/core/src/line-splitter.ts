const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export interface LineSplitter {
  /** Feed a chunk; calls `onLine` once for every complete line in it. */
  push(chunk: Uint8Array): void;
  /** The stream ended: flush a last line that had no newline. Returns true if there was one. */
  end(): boolean;
  /** The bytes of the unfinished line so far (a copy), to judge whether it is a whole message. */
  peek(): Uint8Array;
}

/**
 * Splits a byte stream into lines without decoding it first, so a multi-byte character split across
 * chunks, a line spread over many chunks, or a 50 MB line costs one concatenation, not one per chunk.
 */
export function createLineSplitter(onLine: (line: Uint8Array) => void): LineSplitter {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;

  function emit(tail: Uint8Array) {
    let line = tail;
    if (pending.length > 0) {
      line = new Uint8Array(pendingBytes + tail.length);
      let offset = 0;
      for (const part of pending) {
        line.set(part, offset);
        offset += part.length;
      }
      line.set(tail, offset);
      pending = [];
      pendingBytes = 0;
    }
    // Tolerate CRLF from servers written on Windows.
    if (line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN) line = line.subarray(0, line.length - 1);
    onLine(line);
  }

  return {
    push(chunk) {
      let start = 0;
      let nl = chunk.indexOf(NEWLINE, start);
      while (nl !== -1) {
        emit(chunk.subarray(start, nl));
        start = nl + 1;
        nl = chunk.indexOf(NEWLINE, start);
      }
      if (start < chunk.length) {
        // Copy: the caller may reuse its buffer.
        pending.push(chunk.slice(start));
        pendingBytes += chunk.length - start;
      }
    },
    end() {
      if (pendingBytes === 0) return false;
      emit(new Uint8Array(0));
      return true;
    },
    peek() {
      const out = new Uint8Array(pendingBytes);
      let offset = 0;
      for (const part of pending) {
        out.set(part, offset);
        offset += part.length;
      }
      return out;
    },
  };
}
