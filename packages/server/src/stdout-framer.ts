import { classifyStdoutLine, createLineSplitter, type FrameInput } from "@mcp-inspect/core";

export interface StdoutFramer {
  push(chunk: Uint8Array): void;
  /** The stream ended: a last line without newline becomes a frame marked `unterminated`. */
  end(): void;
}

/**
 * Turns a server's stdout into message and noise frames. A complete JSON message left without its
 * newline would hang a real client forever; after `flushAfterMs` of silence it is relayed anyway,
 * marked `unterminated`, so the inspector shows both the message and what is wrong with it.
 */
export function createStdoutFramer(emit: (frame: FrameInput, raw?: Uint8Array) => void, flushAfterMs = 300): StdoutFramer {
  let unterminated = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const mark = () => (unterminated ? { unterminated: true as const } : {});
  const splitter = createLineSplitter((line) => {
    const parsed = classifyStdoutLine(line);
    // The line's own bytes go along: the recording and the relay splice them in rather than serialise the message
    // again. Not after a byte-order mark, which the decoder skipped but a JSON line may not hold.
    const raw = line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? undefined : line;
    if (parsed.kind === "message") emit({ kind: "message", dir: "server->client", msg: parsed.msg, bytes: parsed.bytes, ...mark() }, raw);
    else if (parsed.kind === "stdout-noise") emit({ kind: "stdout-noise", text: parsed.text, reason: parsed.reason, ...(parsed.invalidUtf8 ? { invalidUtf8: true } : {}), ...mark() });
  });

  function flushUnterminated(): void {
    unterminated = true;
    splitter.end();
    unterminated = false;
  }

  function watchPending(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const pending = splitter.peek();
      // Only a whole JSON value is flushed: a long line written in pieces must not be cut.
      if (pending.length === 0 || pending[pending.length - 1] !== 0x7d /* } */) return;
      try {
        JSON.parse(new TextDecoder().decode(pending));
      } catch {
        return;
      }
      flushUnterminated();
    }, flushAfterMs);
    timer.unref?.();
  }

  return {
    push(chunk) {
      splitter.push(chunk);
      if (chunk.length > 0 && chunk[chunk.length - 1] !== 0x0a) watchPending();
      else clearTimeout(timer);
    },
    end() {
      clearTimeout(timer);
      flushUnterminated();
    },
  };
}
