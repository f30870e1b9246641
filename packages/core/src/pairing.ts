import type { Frame, JsonRpcMessage, MessageFrame } from "./frame";

export type RequestId = string | number;

/** How a message frame relates to the others: a request and its response find each other here. */
export interface Pairing {
  /** For a response: the request it answers. */
  request?: MessageFrame;
  /** For a request: its response, once it arrived. */
  response?: MessageFrame;
  /** Response time in ms, when both are known. */
  durationMs?: number;
}

/** Anything carrying a JSON-RPC message: a message frame, or an app frame (between an MCP App and its host). */
type CarriesMessage = { msg: JsonRpcMessage };

export function messageId(frame: CarriesMessage): RequestId | undefined {
  const id = frame.msg.id;
  return typeof id === "string" || typeof id === "number" ? id : undefined;
}

export function isRequest(frame: CarriesMessage): boolean {
  return typeof frame.msg.method === "string" && messageId(frame) !== undefined;
}

export function isResponse(frame: CarriesMessage): boolean {
  return typeof frame.msg.method !== "string" && ("result" in frame.msg || "error" in frame.msg);
}

/**
 * Pairs requests with responses incrementally. Ids are scoped by direction: a client request is
 * answered by a server response with the same id, and the other way round. The end of a server
 * process resets the scope, since the next process reuses ids.
 */
export class RequestPairer {
  readonly #open = new Map<string, MessageFrame>();
  readonly #pairs = new Map<number, Pairing>();

  add(frame: Frame): void {
    // When a process ends its open requests will never be answered, and the next one reuses ids.
    // (Not on spawn: a client may send initialize before the spawn frame is recorded.)
    if (frame.kind === "process" && (frame.event === "exit" || frame.event === "error")) {
      this.#open.clear();
      return;
    }
    if (frame.kind !== "message") return;
    const id = messageId(frame);
    if (id === undefined) return;
    if (isRequest(frame)) {
      this.#open.set(key(frame.dir, id), frame);
    } else if (isResponse(frame)) {
      const requestDir = frame.dir === "server->client" ? "client->server" : "server->client";
      const k = key(requestDir, id);
      const request = this.#open.get(k);
      if (!request) return;
      this.#open.delete(k);
      const durationMs = frame.t - request.t;
      this.#pairs.set(request.seq, { response: frame, durationMs });
      this.#pairs.set(frame.seq, { request, durationMs });
    }
  }

  get(seq: number): Pairing | undefined {
    return this.#pairs.get(seq);
  }

  /** Requests that have no response yet. */
  pending(): MessageFrame[] {
    return [...this.#open.values()];
  }
}

function key(dir: string, id: RequestId): string {
  return `${dir}:${typeof id}:${id}`;
}
