import type { AppDirection, AppRef, Frame, FrameInput, JsonRpcMessage, SessionHeader } from "@mcp-inspect/core";
import { RULES_BY_ID, type Finding, type ProtocolChecker } from "@mcp-inspect/core/checks";
import { readRecordedFrames } from "./recorded-frames";
import type { SessionRecorder } from "./recorder";
import type { Target } from "./target";

export interface InspectSessionOptions {
  header: SessionHeader;
  recorder?: SessionRecorder;
  /** How long the server has to answer `initialize` before the UI and terminal are told. @default 15000 */
  initTimeoutMs?: number;
  now?: () => number;
  /** Checks every frame and records its findings as `check` frames. The CLI passes one; default none. */
  checker?: ProtocolChecker;
  /**
   * With a recorder, at most about this much history (in session-file text) stays in memory; older
   * frames are read back from the file (`framesAfter` says when). Without a recorder nothing is dropped.
   * @default 32 MiB
   */
  memoryLimitBytes?: number;
}

export const DEFAULT_MEMORY_LIMIT_BYTES = 32 * 2 ** 20;

/**
 * Called with every frame, and with its session-file line (newline included, as byte pieces) when one was
 * written: the relay sends those bytes on instead of serialising the frame once more per tab.
 */
type Listener = (frame: Frame, line?: readonly Uint8Array[]) => void;

/** A remembered frame: the frame itself (no recorder), or its recorded line's bytes, parsed again only when asked. */
type Kept = Frame | { line: readonly Uint8Array[] };

/**
 * One inspected server: numbers and timestamps every frame, records it, keeps the history for
 * reconnecting browsers, and fans frames out to listeners. It frames; it does not speak MCP, except
 * to notice an `initialize` that is never answered, and to hand every frame to the optional
 * protocol checker, whose findings it records as `check` frames.
 */
export class InspectSession {
  readonly header: SessionHeader;
  readonly #recorder: SessionRecorder | undefined;
  // The in-memory history: #frames[#head..] hold consecutive seqs; #sizes their line lengths. With a recorder
  // a frame is kept as its line's bytes (off the JS heap, one copy of a large message, not the parsed object
  // plus its serialisation). A dropped frame's slot is cleared at once, so the memory is free before the array
  // is compacted.
  #frames: (Kept | undefined)[] = [];
  #firstSeq = 1;
  #sizes: number[] = [];
  #head = 0;
  #bytes = 0;
  readonly #memoryLimitBytes: number;
  readonly #listeners = new Set<Listener>();
  readonly #initTimeoutMs: number;
  readonly #now: () => number;
  readonly #startedAt: number;
  readonly #checker: ProtocolChecker | undefined;
  #seq = 0;
  #stopping = false;
  #target: Target | undefined;
  #initWatch: { id: unknown; timer: NodeJS.Timeout } | undefined;

  constructor(options: InspectSessionOptions) {
    this.header = options.header;
    this.#recorder = options.recorder;
    this.#initTimeoutMs = options.initTimeoutMs ?? 15_000;
    this.#now = options.now ?? (() => performance.now());
    this.#startedAt = this.#now();
    this.#checker = options.checker;
    this.#memoryLimitBytes = options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT_BYTES;
  }

  get sessionFile(): string | undefined {
    return this.#recorder?.path;
  }

  /**
   * Attaches the target; `createTarget` receives the function the target reports its frames to, and
   * a way to ask for a restart (a remote target does, once an OAuth authorization completes).
   */
  attach(createTarget: (emit: (input: FrameInput, raw?: Uint8Array) => void, control: { restart(reason: string): void }) => Target): void {
    this.#target = createTarget((input, raw) => this.#emit(input, raw), { restart: (reason) => void this.restart(reason) });
  }

  start(): void {
    this.#target?.start();
  }

  /** `reason` is logged with the restart when it was not the person's own (e.g. a file change under --watch). */
  async restart(reason?: string): Promise<void> {
    this.#emit({ kind: "process", event: "restart", ...(reason ? { reason } : {}) });
    await this.#target?.stop();
    this.#target?.start();
  }

  /** True once `stop()` was called: the server's exit from then on is expected. */
  get stopping(): boolean {
    return this.#stopping;
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#clearInitWatch();
    await this.#target?.stop();
    // Findings only the end can tell (requests never answered) go in before the file closes.
    this.#emitFindings(this.#safely(() => this.#checker?.finish() ?? []), undefined);
    this.#recorder?.close();
  }

  /** Remote targets: the headers sent with every request, values masked; undefined for stdio. */
  headers(): Record<string, string> | undefined {
    return this.#target?.headers?.();
  }

  /** Remote targets: changes the headers and reconnects with them. Undefined when the target has no headers (stdio). */
  async setHeaders(changes: Record<string, string | null>): Promise<Record<string, string> | undefined> {
    const setHeaders = this.#target?.setHeaders;
    if (!setHeaders) return undefined;
    const result = setHeaders.call(this.#target, changes);
    await this.restart();
    return result;
  }

  /** Writes a client message to the server. Returns false when no server is running to take it. */
  send(message: JsonRpcMessage): boolean {
    if (!this.#target?.running) return false;
    // Serialised once: the same bytes are recorded (spliced into the frame's line) and written to the server.
    const text = Buffer.from(JSON.stringify(message));
    // Record first, then write: the log shows what was sent even if the write fails.
    this.#emit({ kind: "message", dir: "client->server", msg: message }, text);
    // The handshake: initialize (2025 era) or the server/discover probe (2026-07-28, and auto mode's first try).
    if (message.method === "initialize" || message.method === "server/discover") this.#watchInitialize(message.id, message.method);
    return this.#target.send(message, text);
  }

  /**
   * Records a message between an MCP App and the page as its host (the page reports each one). It is numbered,
   * recorded, checked and fanned out like every frame, whether or not a server runs: it never reaches the server.
   */
  recordApp(dir: AppDirection, app: AppRef, message: JsonRpcMessage): void {
    this.#emit({ kind: "app", dir, app: { instance: app.instance, uri: app.uri, ...(app.tool === undefined ? {} : { tool: app.tool }) }, msg: message });
  }

  /**
   * Publishes a frame another process already numbered and checked (a proxy's live feed): kept as it is, seq and
   * time included, so its findings' `about` still point at the right frames. The caller keeps the seqs rising.
   */
  mirror(frame: Frame): void {
    this.#seq = frame.seq;
    this.#publish(frame);
  }

  /** The frames still in memory (all of them without a recorder, or while under the memory limit). */
  history(): readonly Frame[] {
    return this.#frames.slice(this.#head).map((kept) => frameOf(kept!));
  }

  /** Every frame so far: from memory, or when memory dropped some, read back from the session file. */
  async allFrames(): Promise<Frame[]> {
    const { onDisk, firstInMemory } = this.framesAfter(0, 0);
    const file = this.sessionFile;
    if (!onDisk || !file) return [...this.history()];
    const older: Frame[] = [];
    for await (const piece of readRecordedFrames(file, this.header.id, 0, firstInMemory)) older.push(...piece);
    return [...older, ...this.framesAfter(firstInMemory - 1, Infinity).frames];
  }

  /** The seq of the last frame so far (0 before any). */
  get lastSeq(): number {
    return this.#seq;
  }

  /**
   * Up to `max` frames (and about `maxBytes` of file text) after `seq` from memory, in order. `onDisk`
   * is true when frames right after `seq` were dropped from memory: read those before `firstInMemory`
   * from `sessionFile` first.
   */
  framesAfter(seq: number, max: number, maxBytes = Infinity): { frames: Frame[]; onDisk: boolean; firstInMemory: number } {
    const { lines, ...rest } = this.linesAfter(seq, max, maxBytes);
    return { frames: lines.map((line) => frameOf({ line })), ...rest };
  }

  /** `framesAfter` as session-file lines (newline included, as byte pieces): what the relay sends, not parsed. */
  linesAfter(seq: number, max: number, maxBytes = Infinity): { lines: (readonly Uint8Array[])[]; onDisk: boolean; firstInMemory: number } {
    const first = this.#head < this.#frames.length ? this.#firstSeq : this.#seq + 1;
    if (seq + 1 < first) return { lines: [], onDisk: true, firstInMemory: first };
    const from = this.#head + (seq + 1 - first);
    let to = from;
    let bytes = 0;
    // At least one frame, however big: a piece that cannot hold it must still move on.
    while (to < this.#frames.length && to - from < max && (to === from || bytes + this.#sizes[to]! <= maxBytes)) bytes += this.#sizes[to++]!;
    return { lines: this.#frames.slice(from, to).map((kept) => lineOf(kept!)), onDisk: false, firstInMemory: first };
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(input: FrameInput, raw?: Uint8Array): void {
    const frame = this.#number(input);
    const checker = frame.kind === "check" ? undefined : this.#checker;
    // Check before fanning out: a listener that answers synchronously must not overtake this frame in the checker.
    const findings = checker ? this.#safely(() => checker.check(frame), frame.seq) : [];
    this.#publish(frame, raw);
    this.#emitFindings(findings, frame.seq);
  }

  #emitFindings(findings: Finding[], about: number | undefined): void {
    for (const finding of findings) {
      const at = finding.about ?? about;
      this.#publish(this.#number({ kind: "check", ...finding, ...(at === undefined ? {} : { about: at }) }));
    }
  }

  /** A checker bug must never break the relay: it becomes one finding. */
  #safely(run: () => Finding[], about?: number): Finding[] {
    try {
      return run();
    } catch (error) {
      const rule = RULES_BY_ID.get("internal/checker-error")!;
      return [{ rule: rule.id, severity: rule.severity, hint: rule.hint, message: `the checker threw: ${(error as Error)?.message ?? String(error)}`, ...(about === undefined ? {} : { about }) }];
    }
  }

  #number(input: FrameInput): Frame {
    return { seq: ++this.#seq, t: round(this.#now() - this.#startedAt), ...input } as Frame;
  }

  #publish(frame: Frame, raw?: Uint8Array): void {
    if (frame.kind === "message" && frame.dir === "server->client" && this.#initWatch && frame.msg.id === this.#initWatch.id) {
      this.#clearInitWatch();
    }
    if (frame.kind === "process" && (frame.event === "exit" || frame.event === "error")) this.#clearInitWatch();
    const line = this.#recorder?.write(frame, raw);
    this.#remember(line && line.length > 0 ? { line } : frame, line ? byteLength(line) : 0, frame.seq);
    for (const listener of this.#listeners) listener(frame, line && line.length > 0 ? line : undefined);
  }

  /** Keeps the frame in memory; past the limit the oldest go (they are in the session file). */
  #remember(frame: Kept, size: number, seq: number): void {
    if (this.#head === this.#frames.length) this.#firstSeq = seq;
    this.#frames.push(frame);
    this.#sizes.push(size);
    this.#bytes += size;
    if (!this.#recorder) return;
    while (this.#bytes > this.#memoryLimitBytes && this.#frames.length - this.#head > 1) {
      this.#bytes -= this.#sizes[this.#head]!;
      this.#frames[this.#head++] = undefined;
      this.#firstSeq++;
    }
    // Compact now and then: amortised O(1) per frame, and the dropped frames become garbage.
    if (this.#head > 1024 && this.#head * 2 > this.#frames.length) {
      this.#frames = this.#frames.slice(this.#head);
      this.#sizes = this.#sizes.slice(this.#head);
      this.#head = 0;
    }
  }

  #watchInitialize(id: unknown, method: string): void {
    this.#clearInitWatch();
    const timer = setTimeout(() => {
      this.#initWatch = undefined;
      this.#emit({ kind: "process", event: "init-timeout", timeoutMs: this.#initTimeoutMs, stderrTail: this.#target?.stderrTail() ?? [], method });
    }, this.#initTimeoutMs);
    timer.unref();
    this.#initWatch = { id, timer };
  }

  #clearInitWatch(): void {
    if (this.#initWatch) clearTimeout(this.#initWatch.timer);
    this.#initWatch = undefined;
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function byteLength(pieces: readonly Uint8Array[]): number {
  let n = 0;
  for (const piece of pieces) n += piece.length;
  return n;
}

function frameOf(kept: Kept): Frame {
  if (!("line" in kept)) return kept;
  const { line } = kept;
  return JSON.parse(line.length === 1 ? Buffer.from(line[0]!.buffer, line[0]!.byteOffset, line[0]!.byteLength).toString() : Buffer.concat(line).toString()) as Frame;
}

function lineOf(kept: Kept): readonly Uint8Array[] {
  return "line" in kept ? kept.line : [Buffer.from(JSON.stringify(kept) + "\n")];
}
