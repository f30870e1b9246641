import type { JsonRpcMessage } from "@mcp-inspect/core";

/** A raw request's answer, in the shape `@modelcontextprotocol/ext-tasks` dispatch ports return. */
export type RawAnswer = { kind: "result"; result: Record<string, unknown> } | { kind: "error"; error: { code: number; message: string; data?: unknown } };

export interface RawRequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
// String ids in their own namespace: the SDK client numbers its requests, so the two can never collide.
const ID_PREFIX = "mcp-inspect-raw-";

/**
 * Requests sent past the SDK client on the same transport. The v2 client refuses some answers it cannot type (a
 * `tools/call` answered with `resultType: "task"`), so the tasks extension asks its host for a raw path: the request
 * goes out with its own id, and its answer is taken here before the client would see it.
 */
export class RawRequests {
  readonly #waiting = new Map<string, { settle: (answer: RawAnswer) => void; fail: (error: Error) => void }>();
  #next = 0;

  /** Sends `request` with `send` and settles with its answer (an error answer resolves; a timeout or abort rejects). */
  request(send: (message: JsonRpcMessage) => void, request: { method: string; params?: Record<string, unknown> }, options: RawRequestOptions = {}): Promise<RawAnswer> {
    const id = `${ID_PREFIX}${this.#next++}`;
    return new Promise<RawAnswer>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const stop = (reason: Error) => {
        if (!this.#waiting.delete(id)) return;
        clearTimeout(timer);
        // The server stops working on it; a late answer is then simply not taken (the log keeps it).
        try {
          send({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: id, reason: reason.message } });
        } catch {
          // Disconnected: nothing to tell.
        }
        reject(reason);
      };
      const timer = setTimeout(() => stop(new Error(`${request.method} timed out after ${timeoutMs} ms`)), timeoutMs);
      const onAbort = () => stop(options.signal?.reason instanceof Error ? options.signal.reason : new Error(`${request.method} aborted`));
      options.signal?.addEventListener("abort", onAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
      };
      this.#waiting.set(id, {
        settle: (answer) => (done(), resolve(answer)),
        fail: (error) => (done(), reject(error)),
      });
      try {
        send({ jsonrpc: "2.0", id, method: request.method, ...(request.params && { params: request.params }) });
      } catch (error) {
        this.#waiting.delete(id);
        clearTimeout(timer);
        reject(error);
      }
    });
  }

  /** Takes an answer to one of our raw requests (true), or leaves the message to the SDK client (false). */
  take(message: JsonRpcMessage): boolean {
    if (typeof message.method === "string" || typeof message.id !== "string") return false;
    const waiting = this.#waiting.get(message.id);
    if (!waiting) return message.id.startsWith(ID_PREFIX);
    this.#waiting.delete(message.id);
    const error = message.error as { code: number; message: string; data?: unknown } | undefined;
    waiting.settle(error ? { kind: "error", error } : { kind: "result", result: (message.result ?? {}) as Record<string, unknown> });
    return true;
  }

  /** The connection ended: every raw request fails now rather than at its timeout. */
  closeAll(reason: string): void {
    for (const { fail } of this.#waiting.values()) fail(new Error(reason));
    this.#waiting.clear();
  }
}
