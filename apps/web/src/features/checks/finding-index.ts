import type { CheckFrame, Frame } from "@mcp-inspect/core";

const NONE: readonly CheckFrame[] = [];

/**
 * The session's check frames, indexed by the seq of the frame each is about. Built incrementally
 * from the frame log's snapshots, so a log row finds its findings in O(1) instead of scanning, and
 * a row's list keeps its identity until a finding is added to it (memoised rows stay put).
 */
export class FindingIndex {
  #bySeq = new Map<number, readonly CheckFrame[]>();
  #all: CheckFrame[] = [];
  #allSnapshot: readonly CheckFrame[] = NONE;
  /** The frames array last synced, and how far into it we read: appends only read the new tail. */
  #source: readonly Frame[] = NONE;
  #read = 0;

  /**
   * Catches up with `frames` (a seq-ordered log snapshot); true when findings changed. Reads only
   * the new tail when `frames` extends the last snapshot, and rebuilds when it does not (a frame
   * inserted mid-log by a replay, or a new session).
   */
  sync(frames: readonly Frame[]): boolean {
    if (frames === this.#source) return false;
    const extends_ = frames.length >= this.#read && (this.#read === 0 || frames[this.#read - 1] === this.#source[this.#read - 1]);
    let changed = false;
    if (!extends_) {
      changed = this.#all.length > 0;
      this.#bySeq = new Map();
      this.#all = [];
      this.#read = 0;
    }
    for (let i = this.#read; i < frames.length; i++) {
      const frame = frames[i]!;
      if (frame.kind === "check") {
        this.#add(frame);
        changed = true;
      }
    }
    this.#source = frames;
    this.#read = frames.length;
    if (changed) this.#allSnapshot = this.#all.slice();
    return changed;
  }

  /** The findings about frame `seq` (the same array until one is added to it). */
  about(seq: number): readonly CheckFrame[] {
    return this.#bySeq.get(seq) ?? NONE;
  }

  /** Every finding, in seq order (the same array until one is added). */
  all(): readonly CheckFrame[] {
    return this.#allSnapshot;
  }

  #add(check: CheckFrame): void {
    this.#all.push(check);
    if (check.about === undefined) return;
    // Copy on write: the row showing the old list re-renders, every other row keeps its props.
    this.#bySeq.set(check.about, [...this.about(check.about), check]);
  }
}
