import { createParser, type EventSourceMessage } from "eventsource-parser";

/**
 * Reads the events of a copy of an SSE stream for the recording, with the parser the SDK's own client uses
 * (eventsource-parser), so the proxy sees the events a client sees, chunk boundaries and CR/LF variants included.
 */
export function createSseReader(onEvent: (event: EventSourceMessage) => void): { push(chunk: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent });
  return {
    push: (chunk) => parser.feed(decoder.decode(chunk, { stream: true })),
    end: () => parser.feed(decoder.decode()),
  };
}

/** How much of a legacy SSE stream is held while waiting for its `endpoint` event; past this it passes unchanged. */
const MAX_HELD_BYTES = 64 * 1024;
/** A blank line ends an event: LF LF, CR CR, or CRLF CRLF (and their mixes). */
const EVENT_END = /(\r\n|\n|\r(?!\n))(\r\n|\r|\n)/;

/**
 * The one change the proxy makes to what it forwards: the legacy HTTP+SSE transport's `endpoint` event names the URL
 * to POST messages to, which must be the proxy's, not the server's. The stream's start is held until its first event
 * (comments aside) ends; that event is rewritten if it is the endpoint, and from then on bytes pass as they come.
 */
export function createEndpointRewriter(rewrite: (data: string) => string): { push(chunk: Buffer): Buffer; end(): Buffer } {
  let held: Buffer | undefined = Buffer.alloc(0);
  return {
    push(chunk) {
      if (!held) return chunk;
      held = Buffer.concat([held, chunk]);
      const out: Buffer[] = [];
      // latin1 keeps one character per byte, so offsets in the text are offsets in the bytes.
      let text = held.toString("latin1");
      for (let end = EVENT_END.exec(text); end && held; end = EVENT_END.exec(text)) {
        const length = end.index + end[0].length;
        const event = held.subarray(0, length);
        held = held.subarray(length);
        text = text.slice(length);
        const eventText = event.toString("utf8");
        const rewritten = rewriteEndpointEvent(eventText, rewrite);
        out.push(rewritten === undefined ? event : Buffer.from(rewritten, "utf8"));
        // The endpoint event comes first (comments aside): after the first real event nothing more is held.
        if (rewritten !== undefined || !onlyComments(eventText)) {
          out.push(held);
          held = undefined;
        }
      }
      if (held && held.length > MAX_HELD_BYTES) {
        out.push(held);
        held = undefined;
      }
      return Buffer.concat(out);
    },
    end() {
      const rest = held ?? Buffer.alloc(0);
      held = undefined;
      return rest;
    },
  };
}

function onlyComments(event: string): boolean {
  return event.split(/\r\n|\r|\n/).every((line) => line === "" || line.startsWith(":"));
}

/** The event with its `data:` rewritten, when it is an `endpoint` event; undefined for any other. */
function rewriteEndpointEvent(event: string, rewrite: (data: string) => string): string | undefined {
  const lines = event.split(/(\r\n|\r|\n)/);
  // split with a capture group alternates line, separator, line...
  const fields = lines.filter((_, i) => i % 2 === 0);
  if (!fields.some((line) => /^event: ?endpoint$/.test(line))) return undefined;
  return lines.map((line, i) => (i % 2 === 0 && /^data:/.test(line) ? `data: ${rewrite(line.replace(/^data: ?/, ""))}` : line)).join("");
}
