import { canAnswer, type ClientRequest, type ClientRequestKind } from "./client-request";

export interface OpenRequest {
  kind: ClientRequestKind;
  server: string;
  rpcId?: string | number;
  params: Record<string, unknown>;
  timeoutMs: number;
  /** Aborted when the server cancels the request or the connection closes. */
  signal?: AbortSignal;
}

interface Waiter {
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
  cleanup: () => void;
}

/** Settled requests kept to look back at; pending ones are never dropped. */
const SETTLED_LIMIT = 100;
/**
 * What a handler throws to send a JSON-RPC error: the SDK sends `code` and `message` as they are
 * (a ProtocolError's message would carry an "MCP error -1: " prefix onto the wire).
 */
export function rpcError(code: number, message: string): Error & { code: number } {
  return Object.assign(new Error(message), { code });
}

/** The error an expired request is answered with, so the server stops waiting (SDK's RequestTimeout code). */
export const EXPIRED_CODE = -32001;

/**
 * The server-to-client requests of this page: pending ones wait for `answer`/`reject`, expire after
 * their timeout, and are cancelled when the server cancels them. Observable for useSyncExternalStore.
 */
export class ClientRequestStore {
  #requests: ClientRequest[] = [];
  readonly #waiters = new Map<number, Waiter>();
  readonly #listeners = new Set<() => void>();
  readonly #now: () => number;
  #nextId = 1;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Newest first. */
  get = (): readonly ClientRequest[] => this.#requests;

  find(id: number): ClientRequest | undefined {
    return this.#requests.find((r) => r.id === id);
  }

  /** A request waiting for the person; resolves with their answer, rejects with the JSON-RPC error to send. */
  open(input: OpenRequest): Promise<unknown> {
    const request = this.#add({ ...input, status: "pending" });
    return new Promise((resolve, reject) => {
      const onAbort = () => this.#settle(request.id, { status: "cancelled", reason: "the server cancelled the request or the connection closed" }, undefined);
      const timer = setTimeout(() => this.expire(request.id), input.timeoutMs);
      input.signal?.addEventListener("abort", onAbort, { once: true });
      const cleanup = () => {
        clearTimeout(timer);
        input.signal?.removeEventListener("abort", onAbort);
      };
      this.#waiters.set(request.id, { resolve, reject, timer, cleanup });
      if (input.signal?.aborted) onAbort();
    });
  }

  /** A request a rule answered at once: shown, never pending. */
  record(input: OpenRequest, result: unknown): ClientRequest {
    return this.#add({ ...input, status: "answered", answeredBy: "rule", result });
  }

  /** Sends `result`; false when the request is no longer answerable (answered, expired, cancelled). */
  answer(id: number, result: unknown): boolean {
    const request = this.find(id);
    if (!request || !canAnswer(request, this.#now())) return false;
    return this.#settle(id, { status: "answered", answeredBy: "person", result }, (w) => w.resolve(result));
  }

  /** Sends a JSON-RPC error; false when the request is no longer answerable. */
  reject(id: number, error: { code: number; message: string }): boolean {
    const request = this.find(id);
    if (!request || !canAnswer(request, this.#now())) return false;
    return this.#settle(id, { status: "rejected", answeredBy: "person", error }, (w) => w.reject(rpcError(error.code, error.message)));
  }

  /** Past its timeout: answered with an error so the server stops waiting, and no longer answerable. */
  expire(id: number): boolean {
    const request = this.find(id);
    if (request?.status !== "pending") return false;
    const error = { code: EXPIRED_CODE, message: `No answer within ${Math.round(request.timeoutMs / 1000)} s (mcp-inspect's request timeout)` };
    return this.#settle(id, { status: "expired", error }, (w) => w.reject(rpcError(error.code, error.message)));
  }

  pendingCount(): number {
    return this.#requests.filter((r) => r.status === "pending").length;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #add(fields: Omit<ClientRequest, "id" | "receivedAt">): ClientRequest {
    const request: ClientRequest = { ...fields, id: this.#nextId++, receivedAt: this.#now() };
    delete (request as { signal?: unknown }).signal;
    const settled = this.#requests.filter((r) => r.status !== "pending");
    const keep = new Set(settled.slice(0, SETTLED_LIMIT - 1));
    this.#requests = [request, ...this.#requests.filter((r) => r.status === "pending" || keep.has(r))];
    this.#changed();
    return request;
  }

  #settle(id: number, patch: Partial<ClientRequest>, send: ((waiter: Waiter) => void) | undefined): boolean {
    const waiter = this.#waiters.get(id);
    this.#waiters.delete(id);
    waiter?.cleanup();
    this.#requests = this.#requests.map((r) => (r.id === id ? { ...r, ...patch } : r));
    if (waiter) {
      if (send) send(waiter);
      // Cancelled: the SDK drops whatever the handler returns after an abort, so just release it.
      else waiter.reject(rpcError(-32800, "Request cancelled"));
    }
    this.#changed();
    return true;
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

export const clientRequests = new ClientRequestStore();
