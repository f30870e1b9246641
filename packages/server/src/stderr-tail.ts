/** The last lines a server wrote to stderr: what an error message shows to explain a failure. */
export class StderrTail {
  readonly #lines: string[] = [];
  constructor(readonly max = 20) {}

  push(line: string): void {
    // A single huge line should not make every error message huge.
    this.#lines.push(line.length > 2000 ? line.slice(0, 2000) + "…" : line);
    if (this.#lines.length > this.max) this.#lines.shift();
  }

  lines(): string[] {
    return [...this.#lines];
  }

  clear(): void {
    this.#lines.length = 0;
  }
}
