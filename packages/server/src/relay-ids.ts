import { SUBSCRIPTION_ID_KEY, type JsonRpcMessage } from "@mcp-inspect/core";

/** One browser connection, as the id map knows it: only its identity. */
export type RelayClientRef = object;

/**
 * What to do with a message a tab wants sent: write `message` to the server, refuse with `error`,
 * or drop it quietly (`dropped` says why; nothing went wrong for the person).
 */
export type Outgoing = { message: JsonRpcMessage } | { error: string } | { dropped: string };

/**
 * How a server message reaches the tabs: `owner` gets `restored` (its own request id back), every
 * other tab sees it in the log only; with owner `undefined` (notifications, server requests) every
 * tab's client gets it unchanged; with owner `null` (a response to no pending request) no client
 * gets it: handed on unchanged it could settle a tab's own request that happens to have that id.
 */
export type Incoming = { owner: RelayClientRef; restored: JsonRpcMessage; deliverId: string | number } | { owner: undefined } | { owner: null };

/** How many answered server-request ids are remembered to drop late duplicate answers. */
const ANSWERED_MEMORY = 1024;

/**
 * Several tabs run their own MCP client over one server, and each numbers its requests from 0.
 * The relay gives every tab request a session-unique wire id, remembers whose it was, and gives
 * the answer back to that tab alone with its own id restored. Server requests go to every tab;
 * the first tab to answer one wins.
 */
export class RelayIds {
  #next = 0;
  /** Wire id -> the tab and its own id. */
  readonly #pending = new Map<number, { client: RelayClientRef; id: unknown }>();
  /** Per tab: its own id (as JSON) -> wire id, for `notifications/cancelled`. */
  #byClient = new WeakMap<RelayClientRef, Map<string, number>>();
  /** Server request ids (as JSON) asked and not yet answered, and those answered lately. */
  readonly #serverAsked = new Set<string>();
  readonly #serverAnswered = new Set<string>();

  /** A tab's message on its way to the server. */
  outgoing(client: RelayClientRef, message: JsonRpcMessage): Outgoing {
    const hasId = message.id !== undefined && message.id !== null;
    if (typeof message.method === "string" && hasId) return { message: this.#rewriteRequest(client, message) };
    if (message.method === "notifications/cancelled") return this.#rewriteCancel(client, message);
    if (typeof message.method !== "string" && hasId) return this.#answer(message);
    return { message };
  }

  /** A server message: a response goes to the tab that asked; a server request is remembered. */
  incoming(message: JsonRpcMessage): Incoming {
    const hasId = message.id !== undefined && message.id !== null;
    if (typeof message.method === "string") {
      if (hasId) this.#serverAsked.add(key(message.id));
      return hasId ? { owner: undefined } : this.#streamNotification(message);
    }
    if (!hasId) return { owner: undefined }; // an error about an unparseable request: everyone's business
    const wire = typeof message.id === "number" ? message.id : undefined;
    const origin = wire === undefined ? undefined : this.#pending.get(wire);
    if (wire === undefined || !origin) return { owner: null };
    this.#pending.delete(wire);
    this.#byClient.get(origin.client)?.delete(key(origin.id));
    return { owner: origin.client, restored: { ...message, id: origin.id }, deliverId: origin.id as string | number };
  }

  /**
   * A notification on a subscriptions/listen stream names the stream by the listen request's wire id, which
   * stays pending while the stream is open: it goes to the tab that opened the stream, with that tab's own id.
   */
  #streamNotification(message: JsonRpcMessage): Incoming {
    const meta = (message.params as { _meta?: Record<string, unknown> } | undefined)?._meta;
    const wire = meta?.[SUBSCRIPTION_ID_KEY];
    const origin = typeof wire === "number" ? this.#pending.get(wire) : undefined;
    if (!origin) return { owner: undefined };
    const id = origin.id as string | number;
    return { owner: origin.client, restored: { ...message, params: { ...(message.params as object | undefined), _meta: { ...meta, [SUBSCRIPTION_ID_KEY]: id } } }, deliverId: id };
  }

  /**
   * The server process ended (exit, restart): nothing it was asked will be answered, and the tabs'
   * clients fail their own requests. Forgetting them keeps the map from growing with a server that
   * never answers; wire ids keep counting, so an id is never reused.
   */
  serverGone(): void {
    this.#pending.clear();
    this.#byClient = new WeakMap();
    this.#serverAsked.clear();
  }

  /** Tab requests not answered yet (a closed tab's stay mapped, so their late answers reach no other tab). */
  get pendingCount(): number {
    return this.#pending.size;
  }

  #rewriteRequest(client: RelayClientRef, message: JsonRpcMessage): JsonRpcMessage {
    const wire = this.#next++;
    this.#pending.set(wire, { client, id: message.id });
    let own = this.#byClient.get(client);
    if (!own) this.#byClient.set(client, (own = new Map()));
    own.set(key(message.id), wire);
    return { ...message, id: wire };
  }

  #rewriteCancel(client: RelayClientRef, message: JsonRpcMessage): Outgoing {
    const params = message.params as { requestId?: unknown } | undefined;
    if (typeof params !== "object" || params === null || params.requestId === undefined) return { message };
    const wire = this.#byClient.get(client)?.get(key(params.requestId));
    if (wire !== undefined) return { message: { ...message, params: { ...params, requestId: wire } } };
    // Answered already, or its server is gone. Sent as it is, the tab's own id could name another
    // pending request on the wire and cancel that one instead.
    if (typeof params.requestId === "number" && this.#pending.has(params.requestId)) {
      return { dropped: `a cancel for request ${key(params.requestId)}, which is no longer pending` };
    }
    return { message };
  }

  #answer(message: JsonRpcMessage): Outgoing {
    const id = key(message.id);
    if (this.#serverAnswered.has(id)) return { error: `the server request ${id} was already answered by another tab; this answer was not sent` };
    if (this.#serverAsked.delete(id)) {
      this.#serverAnswered.add(id);
      if (this.#serverAnswered.size > ANSWERED_MEMORY) this.#serverAnswered.delete(this.#serverAnswered.values().next().value!);
    }
    return { message };
  }
}

function key(id: unknown): string {
  return JSON.stringify(id) ?? String(id);
}
