import type { Frame, FrameInput, JsonRpcMessage, SessionHeader } from "@mcp-inspect/core";
import type { SessionRecorder } from "./recorder";
import type { StdioTarget } from "./stdio-target";

export interface InspectSessionOptions {
  header: SessionHeader;
  recorder?: SessionRecorder;
  /** How long the server has to answer `initialize` before the UI and terminal are told. @default 15000 */
  initTimeoutMs?: number;
  now?: () => number;
}

type Listener = (frame: Frame) => void;

/**
 * One inspected server: numbers and timestamps every frame, records it, keeps the history for
 * reconnecting browsers, and fans frames out to listeners. It frames; it does not speak MCP, except
 * to notice an `initialize` that is never answered.
 */
export class InspectSession {
  readonly header: SessionHeader;
  readonly #recorder: SessionRecorder | undefined;
  readonly #frames: Frame[] = [];
  readonly #listeners = new Set<Listener>();
  readonly #initTimeoutMs: number;
  readonly #now: () => number;
  readonly #startedAt: number;
  #seq = 0;
  #target: StdioTarget | undefined;
  #initWatch: { id: unknown; timer: NodeJS.Timeout } | undefined;

  constructor(options: InspectSessionOptions) {
    this.header = options.header;
    this.#recorder = options.recorder;
    this.#initTimeoutMs = options.initTimeoutMs ?? 15_000;
    this.#now = options.now ?? (() => performance.now());
    this.#startedAt = this.#now();
  }

  get sessionFile(): string | undefined {
    return this.#recorder?.path;
  }

  /** Attaches the target; `createTarget` receives the function the target reports its frames to. */
  attach(createTarget: (emit: (input: FrameInput) => void) => StdioTarget): void {
    this.#target = createTarget((input) => this.#emit(input));
  }

  start(): void {
    this.#target?.start();
  }

  async restart(): Promise<void> {
    this.#emit({ kind: "process", event: "restart" });
    await this.#target?.stop();
    this.#target?.start();
  }

  async stop(): Promise<void> {
    this.#clearInitWatch();
    await this.#target?.stop();
    this.#recorder?.close();
  }

  /** Writes a client message to the server. Returns false when no server is running to take it. */
  send(message: JsonRpcMessage): boolean {
    if (!this.#target?.running) return false;
    // Record first, then write: the log shows what was sent even if the write fails.
    this.#emit({ kind: "message", dir: "client->server", msg: message });
    if (message.method === "initialize") this.#watchInitialize(message.id);
    return this.#target.send(message);
  }

  history(): readonly Frame[] {
    return this.#frames;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(input: FrameInput): void {
    const frame = { seq: ++this.#seq, t: round(this.#now() - this.#startedAt), ...input } as Frame;
    if (frame.kind === "message" && frame.dir === "server->client" && this.#initWatch && frame.msg.id === this.#initWatch.id) {
      this.#clearInitWatch();
    }
    if (frame.kind === "process" && (frame.event === "exit" || frame.event === "error")) this.#clearInitWatch();
    this.#recorder?.write(frame);
    this.#frames.push(frame);
    for (const listener of this.#listeners) listener(frame);
  }

  #watchInitialize(id: unknown): void {
    this.#clearInitWatch();
    const timer = setTimeout(() => {
      this.#initWatch = undefined;
      this.#emit({ kind: "process", event: "init-timeout", timeoutMs: this.#initTimeoutMs, stderrTail: this.#target?.stderrTail() ?? [] });
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
