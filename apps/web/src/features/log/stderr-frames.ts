import type { Frame } from "@mcp-inspect/core";

const NONE: readonly Frame[] = [];

/** The stderr frames of a log snapshot, collected incrementally (appends read only the new tail). */
export class StderrFrames {
  #source: readonly Frame[] = NONE;
  #lines: Frame[] = [];
  #snapshot: readonly Frame[] = NONE;

  sync(frames: readonly Frame[]): readonly Frame[] {
    if (frames === this.#source) return this.#snapshot;
    const read = this.#source.length;
    const extends_ = frames.length >= read && (read === 0 || frames[read - 1] === this.#source[read - 1]);
    if (!extends_) this.#lines = [];
    const before = this.#lines.length;
    for (let i = extends_ ? read : 0; i < frames.length; i++) if (frames[i]!.kind === "stderr") this.#lines.push(frames[i]!);
    this.#source = frames;
    if (!extends_ || this.#lines.length !== before) this.#snapshot = this.#lines.slice();
    return this.#snapshot;
  }
}
