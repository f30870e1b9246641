import type { Frame, MessageFrame } from "@mcp-inspect/core";
import { isRequest, isResponse, messageId } from "@mcp-inspect/core";
import { asksForInput, isRetry, roundKey, stateOf, type MultiRoundOperation } from "./multi-round";
import type { RpcFrame } from "./rpc-frame";

/**
 * A request and every frame that refers to it: its response, its progress notifications, its cancellation.
 * Either all client<->server `message` frames, or all `app` frames of one app instance.
 */
export interface Exchange {
  request: RpcFrame;
  response?: RpcFrame;
  /**
   * notifications/progress frames carrying the request's `_meta.progressToken`, in order. One array per
   * exchange, appended in place: copying it per frame made a storm of 50,000 progress frames quadratic.
   * Read `progressCount` (fixed per exchange object) when a memoised view must notice new progress.
   */
  progress: readonly RpcFrame[];
  progressCount: number;
  /** The notifications/cancelled frame naming the request's id. */
  cancel?: RpcFrame;
  durationMs?: number;
  /** Set when this exchange is one round of a multi-round-trip request (2026-07-28 input_required). */
  operation?: MultiRoundOperation;
}

const NONE: readonly Frame[] = [];

/**
 * Pairs requests with their responses, progress and cancellation, incrementally over log snapshots.
 * Ids and progress tokens are scoped by the requester's direction and by server process (the next
 * process reuses ids). Exchanges are replaced when they change, so a memoised row sees it; only their
 * `progress` array is shared and grows in place (O(1) per frame, every frame kept).
 */
export class ExchangeIndex {
  #byRequest = new Map<number, Exchange>();
  /** The request seq each response / progress / cancel frame belongs to. */
  #owner = new Map<number, number>();
  #ids = new Map<string, number>();
  #tokens = new Map<string, number>();
  /** Ids and progress tokens of apps' requests, keyed by app instance too: the server's restarts do not end an app. */
  #appIds = new Map<string, number>();
  #appTokens = new Map<string, number>();
  /** Exit frames of a process a restart (--watch, the Restart button, new headers) was replacing: seq -> why. */
  #plannedExits = new Map<number, string>();
  #restarting: string | undefined;
  /** input_required rounds waiting for their retry: roundKey -> the round's request seq. */
  #awaitingRetry = new Map<string, number>();
  #source: readonly Frame[] = NONE;
  #read = 0;
  /** Bumped whenever an existing exchange changes (not when a request arrives). */
  version = 0;

  /** Catches up with `frames` (seq order); reads only the new tail when `frames` extends the last snapshot. */
  sync(frames: readonly Frame[]): void {
    if (frames === this.#source) return;
    const extends_ = frames.length >= this.#read && (this.#read === 0 || frames[this.#read - 1] === this.#source[this.#read - 1]);
    if (!extends_) this.#reset();
    for (let i = this.#read; i < frames.length; i++) this.add(frames[i]!);
    this.#source = frames;
    this.#read = frames.length;
  }

  add(frame: Frame): void {
    if (frame.kind === "process") this.#trackRestart(frame);
    if (frame.kind === "process" && (frame.event === "exit" || frame.event === "error")) {
      this.#ids.clear();
      this.#tokens.clear();
      this.#awaitingRetry.clear();
      return;
    }
    if (frame.kind === "app") return this.#addRpc(frame, this.#appIds, this.#appTokens, `app:${JSON.stringify(frame.app.instance)}:`, frame.dir === "app->host" ? "host->app" : "app->host");
    if (frame.kind !== "message") return;
    this.#addRpc(frame, this.#ids, this.#tokens, "", frame.dir === "client->server" ? "server->client" : "client->server");
  }

  /** `scope` prefixes every key (the app instance for app frames); `requester` is who asked, for an answer. */
  #addRpc(frame: RpcFrame, ids: Map<string, number>, tokens: Map<string, number>, scope: string, requester: string): void {
    if (isRequest(frame)) {
      ids.set(scope + key(frame.dir, messageId(frame)!), frame.seq);
      const token = progressToken(frame.msg.params);
      if (token !== undefined) tokens.set(scope + key(frame.dir, token), frame.seq);
      this.#byRequest.set(frame.seq, { request: frame, progress: [], progressCount: 0 });
      if (frame.kind === "message" && isRetry(frame)) this.#joinOperation(frame);
      return;
    }
    if (isResponse(frame)) {
      const id = messageId(frame);
      const seq = id === undefined ? undefined : ids.get(scope + key(requester, id));
      this.#attach(seq, frame, (x) => (x.response ? x : { ...x, response: frame, durationMs: frame.t - x.request.t }));
      if (frame.kind !== "message") return;
      const x = seq === undefined ? undefined : this.#byRequest.get(seq);
      if (x?.request.kind !== "message") return;
      if (asksForInput(frame)) this.#awaitingRetry.set(roundKey(x.request, stateOf(frame)), x.request.seq);
      else if (x.operation && x.operation.rounds.at(-1) === x.request) x.operation.final = frame;
      return;
    }
    const params = frame.msg.params as Record<string, unknown> | undefined;
    if (frame.msg.method === "notifications/progress" && params) {
      const token = params.progressToken;
      const seq = isId(token) ? tokens.get(scope + key(requester, token)) : undefined;
      this.#attach(seq, frame, (x) => {
        (x.progress as RpcFrame[]).push(frame);
        return { ...x, progressCount: x.progress.length };
      });
    } else if (frame.msg.method === "notifications/cancelled" && params && isId(params.requestId)) {
      // The requester cancels its own request: same direction as the request.
      this.#attach(ids.get(scope + key(frame.dir, params.requestId)), frame, (x) => (x.cancel ? x : { ...x, cancel: frame }));
    }
  }

  /** A retry joins the operation of the round it answers (and starts one with it on the first retry). */
  #joinOperation(request: MessageFrame): void {
    const state = (request.msg.params as { requestState?: unknown }).requestState;
    const roundKey_ = roundKey(request, typeof state === "string" ? state : "");
    const previous = this.#awaitingRetry.get(roundKey_);
    const origin = previous === undefined ? undefined : this.#byRequest.get(previous);
    if (origin?.request.kind !== "message") return;
    this.#awaitingRetry.delete(roundKey_);
    const operation = origin.operation ?? { rounds: [origin.request] };
    operation.rounds.push(request);
    // Replaced, not mutated: memoised rows of the earlier rounds see that the operation grew.
    for (const round of operation.rounds) {
      const x = this.#byRequest.get(round.seq);
      if (x) this.#byRequest.set(round.seq, { ...x, operation });
    }
    this.version++;
  }

  /** The exchange `seq` belongs to: as the request, or as its response / progress / cancel frame. */
  of(seq: number): Exchange | undefined {
    return this.#byRequest.get(this.#owner.get(seq) ?? seq);
  }

  /** Why the process whose exit is `seq` was stopped on purpose ("change in src/x.ts", "Restart"), or undefined. */
  plannedExit(seq: number): string | undefined {
    return this.#plannedExits.get(seq);
  }

  #trackRestart(frame: Extract<Frame, { kind: "process" }>): void {
    if (frame.event === "restart") this.#restarting = frame.reason ?? "Restart";
    else if (frame.event === "exit" && this.#restarting !== undefined) this.#plannedExits.set(frame.seq, this.#restarting);
    else if (frame.event === "spawn") this.#restarting = undefined;
  }

  /** Every exchange, in request order. */
  all(): IterableIterator<Exchange> {
    return this.#byRequest.values();
  }

  #attach(seq: number | undefined, frame: RpcFrame, update: (x: Exchange) => Exchange): void {
    const current = seq === undefined ? undefined : this.#byRequest.get(seq);
    if (seq === undefined || !current) return;
    const next = update(current);
    if (next === current) return;
    this.#byRequest.set(seq, next);
    this.#owner.set(frame.seq, seq);
    this.version++;
  }

  #reset(): void {
    this.#byRequest = new Map();
    this.#owner = new Map();
    this.#ids = new Map();
    this.#tokens = new Map();
    this.#appIds = new Map();
    this.#appTokens = new Map();
    this.#plannedExits = new Map();
    this.#awaitingRetry = new Map();
    this.#restarting = undefined;
    this.#read = 0;
    this.version++;
  }
}

function progressToken(params: unknown): string | number | undefined {
  const meta = params && typeof params === "object" ? (params as { _meta?: { progressToken?: unknown } })._meta : undefined;
  const token = meta?.progressToken;
  return isId(token) ? token : undefined;
}

function isId(value: unknown): value is string | number {
  return typeof value === "string" || typeof value === "number";
}

function key(dir: string, id: string | number): string {
  return `${dir}:${typeof id}:${id}`;
}
