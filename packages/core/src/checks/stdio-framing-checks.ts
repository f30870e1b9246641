import type { Frame } from "../frame";
import { isObject } from "./checker-state";
import { finding, preview } from "./finding";
import type { Finding } from "./types";

/** A message the server left without its newline: a real client would wait for it forever. */
export function unterminatedFindings(frame: Frame): Finding[] {
  if ((frame.kind !== "message" && frame.kind !== "stdout-noise") || !frame.unterminated) return [];
  const what = frame.kind === "message" ? `message ${preview(frame.msg.method ?? frame.msg.id)}` : `stdout output ${preview(frame.text, 80)}`;
  return [finding("stdio/missing-newline", `the server wrote ${what} without a terminating newline; clients wait for the newline (mcp-inspect relayed it after a pause)`, { about: frame.seq })];
}

const MAX_LINES = 2000;
const MAX_CHARS = 1_000_000;

/**
 * Pretty-printed JSON-RPC arrives as a run of stdout-noise lines ("{", `  "jsonrpc": "2.0",`, ...).
 * Joined, they parse: then the real problem is the embedded newlines, not a stray log line.
 */
export class SplitMessageDetector {
  #lines: { seq: number; text: string }[] = [];
  #chars = 0;

  check(frame: Frame): Finding[] {
    if (frame.kind !== "stdout-noise") {
      if (frame.kind === "message" || frame.kind === "process") this.#reset();
      return [];
    }
    if (frame.invalidUtf8) return [];
    this.#lines.push({ seq: frame.seq, text: frame.text });
    this.#chars += frame.text.length;
    if (this.#lines.length > MAX_LINES || this.#chars > MAX_CHARS) this.#lines.shift();
    // Pretty-printers (JSON.stringify(m, null, 2), json.dumps(m, indent=2)) put "{" and "}" on lines
    // of their own: only such a run is tried, and only from its nearest opening line (one parse).
    if (this.#lines.length < 2 || frame.text.trim() !== "}") return [];
    // The opening line has the closing line's indentation (inner objects are indented deeper).
    const opening = frame.text.slice(0, frame.text.indexOf("}")) + "{";
    let start = this.#lines.length - 2;
    while (start >= 0 && this.#lines[start]!.text.trimEnd() !== opening) start--;
    if (start < 0) return [];
    const run = this.#lines.slice(start);
    const value = tryParse(run.map((l) => l.text).join("\n"));
    if (isObject(value) && value.jsonrpc === "2.0" && ("method" in value || "result" in value || "error" in value)) {
      this.#reset();
      const first = run[0]!.seq;
      return [finding("stdio/embedded-newline", `a JSON-RPC message (${preview(value.method ?? value.id)}) was written across ${run.length} lines (frames ${first}–${frame.seq}), so clients cannot read it`, { about: first })];
    }
    return [];
  }

  #reset(): void {
    this.#lines = [];
    this.#chars = 0;
  }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
