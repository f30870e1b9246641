import type { RelayClientPayload, RelayServerPayload } from "@mcp-inspect/core";
import { reconnectDelay } from "./reconnect-delay";

/** The part of the browser WebSocket this code uses, so tests can pass a fake. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

export type RelayStatus =
  | { state: "connecting"; attempt: number }
  | { state: "open" }
  | { state: "closed"; attempt: number; retryInMs: number }
  /** The backend closed the socket because this server no longer exists (closed in another tab): no retry. */
  | { state: "gone" };

/** The backend's close code for a server that does not exist (any more). */
export const CLOSE_UNKNOWN_SERVER = 4404;

export type RelayEvent = RelayServerPayload | { type: "status"; status: RelayStatus };

/** What a transport needs from the relay: a way to send and the stream of payloads. */
export interface RelayLink {
  /** Sends a payload; false when the socket is not open. */
  send(payload: RelayClientPayload): boolean;
  subscribe(listener: (event: RelayEvent) => void): () => void;
}

export interface RelayConnectionOptions {
  createSocket?: WebSocketFactory;
  delay?: (attempt: number) => number;
}

const OPEN = 1;

/** The relay WebSocket, reconnected with backoff whenever it closes, until `stop()`. */
export class RelayConnection implements RelayLink {
  readonly #url: string;
  readonly #createSocket: WebSocketFactory;
  readonly #delay: (attempt: number) => number;
  readonly #listeners = new Set<(event: RelayEvent) => void>();
  #socket: WebSocketLike | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #attempt = 0;
  #running = false;
  status: RelayStatus = { state: "connecting", attempt: 0 };

  constructor(url: string, options: RelayConnectionOptions = {}) {
    this.#url = url;
    this.#createSocket = options.createSocket ?? ((u) => new WebSocket(u) as unknown as WebSocketLike);
    this.#delay = options.delay ?? reconnectDelay;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#connect();
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      socket.close();
    }
  }

  send(payload: RelayClientPayload): boolean {
    const socket = this.#socket;
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(JSON.stringify(payload));
    return true;
  }

  subscribe(listener: (event: RelayEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: RelayEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }

  #setStatus(status: RelayStatus): void {
    this.status = status;
    this.#emit({ type: "status", status });
  }

  #connect(): void {
    this.#setStatus({ state: "connecting", attempt: this.#attempt });
    const socket = this.#createSocket(this.#url);
    this.#socket = socket;
    socket.onopen = () => {
      this.#attempt = 0;
      this.#setStatus({ state: "open" });
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== "string") return;
      let payload: RelayServerPayload;
      try {
        payload = JSON.parse(event.data) as RelayServerPayload;
      } catch {
        return;
      }
      if (typeof payload === "object" && payload !== null && typeof payload.type === "string") this.#emit(payload);
    };
    socket.onclose = (event) => {
      if (this.#socket !== socket) return;
      this.#socket = undefined;
      if (!this.#running) return;
      if ((event as { code?: unknown } | undefined)?.code === CLOSE_UNKNOWN_SERVER) {
        this.#running = false;
        this.#setStatus({ state: "gone" });
        return;
      }
      const retryInMs = this.#delay(this.#attempt);
      this.#setStatus({ state: "closed", attempt: this.#attempt, retryInMs });
      this.#attempt++;
      this.#timer = setTimeout(() => this.#connect(), retryInMs);
    };
    // A failed connection also fires `close`, which schedules the retry.
    socket.onerror = () => {};
  }
}
