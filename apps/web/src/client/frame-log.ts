import { RequestPairer, type Frame } from "@mcp-inspect/core";

/** The frames of a session, de-duplicated by seq and kept in seq order, with their request pairing. */
export class FrameLog {
  readonly pairer = new RequestPairer();
  readonly #frames: Frame[] = [];
  readonly #seqs = new Set<number>();
  #snapshot: readonly Frame[] = [];
  #dirty = false;

  /** Adds a frame; false when it was already there. */
  add(frame: Frame): boolean {
    if (this.#seqs.has(frame.seq)) return false;
    this.#seqs.add(frame.seq);
    const last = this.#frames[this.#frames.length - 1];
    if (!last || last.seq < frame.seq) {
      this.#frames.push(frame);
    } else {
      const at = this.#frames.findIndex((f) => f.seq > frame.seq);
      this.#frames.splice(at, 0, frame);
    }
    this.pairer.add(frame);
    this.#dirty = true;
    return true;
  }

  /** Adds frames (e.g. a `hello` replay); returns the ones that were new, in seq order. */
  addAll(frames: readonly Frame[]): Frame[] {
    const added: Frame[] = [];
    for (const frame of [...frames].sort((a, b) => a.seq - b.seq)) if (this.add(frame)) added.push(frame);
    return added;
  }

  /** An immutable copy, renewed only when frames were added since the last call. */
  frames(): readonly Frame[] {
    if (this.#dirty) {
      this.#snapshot = this.#frames.slice();
      this.#dirty = false;
    }
    return this.#snapshot;
  }

  /** The stderr lines written after the frame `seq` (e.g. since a spawn). */
  stderrSince(seq: number): string[] {
    const lines: string[] = [];
    for (const frame of this.#frames) if (frame.seq > seq && frame.kind === "stderr") lines.push(frame.text);
    return lines;
  }
}
