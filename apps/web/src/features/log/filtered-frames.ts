import type { Frame } from "@mcp-inspect/core";
import type { ExchangeIndex } from "./exchange-index";
import { isNarrowing, matchesFilter, type LogFilter } from "./log-filter";

const NONE: readonly Frame[] = [];

/**
 * The frames a filter shows, kept up to date incrementally: new frames at the tail are tested once
 * each; the whole log is re-tested only when the filter changes, the log is replaced, or (for a
 * narrowing filter) a pairing changed, since a request may become slow or a response gain its method.
 */
export class FilteredFrames {
  #source: readonly Frame[] = NONE;
  #read = 0;
  #filter: LogFilter | undefined;
  #pairingVersion = -1;
  #rows: Frame[] = [];
  #snapshot: readonly Frame[] = NONE;

  sync(frames: readonly Frame[], filter: LogFilter, exchanges: ExchangeIndex): readonly Frame[] {
    const extends_ = frames.length >= this.#read && (this.#read === 0 || frames[this.#read - 1] === this.#source[this.#read - 1]);
    const stale = filter !== this.#filter || !extends_ || (isNarrowing(filter) && exchanges.version !== this.#pairingVersion);
    if (!stale && frames === this.#source) return this.#snapshot;
    if (stale) {
      this.#rows = [];
      this.#read = 0;
    }
    const before = this.#rows.length;
    for (let i = this.#read; i < frames.length; i++) {
      const frame = frames[i]!;
      if (matchesFilter(frame, filter, exchanges)) this.#rows.push(frame);
    }
    this.#source = frames;
    this.#read = frames.length;
    this.#filter = filter;
    this.#pairingVersion = exchanges.version;
    if (stale || this.#rows.length !== before) this.#snapshot = this.#rows.slice();
    return this.#snapshot;
  }
}
