import type { Frame } from "@mcp-inspect/core";
import type { ExchangeIndex } from "./exchange-index";
import { isNarrowing, matchesFilter, type LogFilter } from "./log-filter";

const NONE: readonly Frame[] = [];

/** How often (in frames) a slice looks at the clock. */
const CLOCK_EVERY = 512;

/** A filter run over the log: the frames read so far, and the rows they gave. */
interface Run {
  source: readonly Frame[];
  read: number;
  filter: LogFilter;
  pairingVersion: number;
  rows: Frame[];
}

/**
 * The frames a filter shows, kept up to date incrementally: new frames at the tail are tested once
 * each; the whole log is re-tested only when the filter changes, the log is replaced, or (for a
 * narrowing filter) a pairing changed, since a request may become slow or a response gain its method.
 *
 * A re-test of a long log (100,000 frames) is done in slices of about `sliceMs` each, so no single task
 * holds the page: until the new run has read every frame, `sync` keeps returning the previous rows with
 * `done: false`, and the caller calls again (after yielding) to go on. Rows never show a half-filtered log.
 */
export class FilteredFrames {
  #done: Run | undefined;
  #next: Run | undefined;
  #snapshot: readonly Frame[] = NONE;

  /** The rows, with every frame tested now (however long that takes). */
  sync(frames: readonly Frame[], filter: LogFilter, exchanges: ExchangeIndex): readonly Frame[] {
    return this.step(frames, filter, exchanges).rows;
  }

  /** Goes on for about `sliceMs`; `done: false` means call again to finish, the rows being the previous run's meanwhile. */
  step(frames: readonly Frame[], filter: LogFilter, exchanges: ExchangeIndex, sliceMs = Infinity): { rows: readonly Frame[]; done: boolean } {
    const deadline = sliceMs === Infinity ? Infinity : performance.now() + sliceMs;
    const current = this.#done;
    if (current && fits(current, frames, filter, exchanges)) {
      this.#next = undefined;
      if (frames === current.source) return { rows: this.#snapshot, done: true };
      // The log grew: only its tail is tested (a few frames per update while ingesting).
      const before = current.rows.length;
      run(current, frames, filter, exchanges, Infinity);
      if (current.rows.length !== before) this.#snapshot = current.rows.slice();
      return { rows: this.#snapshot, done: true };
    }
    let next = this.#next;
    if (!next || !fits(next, frames, filter, exchanges)) next = this.#next = { source: NONE, read: 0, filter, pairingVersion: exchanges.version, rows: [] };
    if (!run(next, frames, filter, exchanges, deadline)) return { rows: this.#snapshot, done: false };
    this.#done = next;
    this.#next = undefined;
    this.#snapshot = next.rows.slice();
    return { rows: this.#snapshot, done: true };
  }
}

/** Whether `r` is still a run of this filter over (a prefix of) `frames`. */
function fits(r: Run, frames: readonly Frame[], filter: LogFilter, exchanges: ExchangeIndex): boolean {
  const extends_ = frames.length >= r.read && (r.read === 0 || frames[r.read - 1] === r.source[r.read - 1]);
  return filter === r.filter && extends_ && !(isNarrowing(filter) && exchanges.version !== r.pairingVersion);
}

/** Tests frames from `r.read` on until the end (true) or the deadline (false). */
function run(r: Run, frames: readonly Frame[], filter: LogFilter, exchanges: ExchangeIndex, deadline: number): boolean {
  let i = r.read;
  r.source = frames;
  r.pairingVersion = exchanges.version;
  while (i < frames.length) {
    const end = deadline === Infinity ? frames.length : Math.min(frames.length, i + CLOCK_EVERY);
    for (; i < end; i++) {
      const frame = frames[i]!;
      if (matchesFilter(frame, filter, exchanges)) r.rows.push(frame);
    }
    if (i < frames.length && performance.now() >= deadline) break;
  }
  r.read = i;
  return i === frames.length;
}
