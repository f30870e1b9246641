import type { Transport } from "@modelcontextprotocol/client";
import type { JSONRPCMessage } from "@modelcontextprotocol/client";
import { droppedAnswer, SUBSCRIPTION_ID_KEY, type JsonRpcMessage } from "@mcp-inspect/core";
import type { RelayLink } from "./relay-connection";
import { RawRequests, type RawAnswer, type RawRequestOptions } from "./raw-requests";

/**
 * An MCP SDK transport over the relay: what the client sends becomes a `send` payload; only LIVE
 * server->client message frames reach `onmessage` (never the history in `hello`, never the echo of
 * what this browser sent).
 */
export class RelayTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T) => void;
  /** The protocol version negotiated by `initialize`, set by the SDK client. */
  protocolVersion: string | undefined;
  readonly #link: RelayLink;
  #unsubscribe: (() => void) | undefined;
  #closed = false;
  #logLevel: string | undefined;
  readonly #raw = new RawRequests();
  #envelope: ModernFraming | undefined;

  /**
   * 2026-07-28 has no logging/setLevel: a client asks for log messages per request, in the envelope. The level
   * set here joins every modern-era request this client sends (one that already carries the envelope).
   */
  setRequestLogLevel(level: string | undefined): void {
    this.#logLevel = level;
  }

  /** The level modern-era requests carry, or undefined for none. */
  get requestLogLevel(): string | undefined {
    return this.#logLevel;
  }

  /** The envelope the SDK client puts on its modern-era requests (from its first one): what a raw request carries too. */
  get modernFraming(): ModernFraming | undefined {
    return this.#envelope;
  }

  /** A request past the SDK client (see RawRequests); its answer never reaches `onmessage`. */
  rawRequest(request: { method: string; params?: Record<string, unknown> }, options?: RawRequestOptions): Promise<RawAnswer> {
    if (this.#closed) return Promise.reject(new Error("transport closed"));
    return this.#raw.request((message) => this.#sendNow(message), request, options);
  }

  constructor(link: RelayLink) {
    this.#link = link;
  }

  async start(): Promise<void> {
    if (this.#unsubscribe || this.#closed) throw new Error("RelayTransport already started");
    this.#unsubscribe = this.#link.subscribe((event) => {
      if (event.type !== "frame") return;
      const frame = event.frame;
      if (frame.kind === "stdout-noise" && event.deliverId !== undefined && event.deliverId !== null) {
        const dropped = droppedAnswer(frame);
        if (dropped) this.#deliver(droppedAnswerError(event.deliverId, dropped.problem));
        return;
      }
      if (frame.kind === "http" && event.deliverId !== undefined && event.deliverId !== null) {
        if (frame.event === "response") this.#deliver(httpRefusalError(event.deliverId, frame.status, frame.body));
        return;
      }
      if (frame.kind !== "message" || frame.dir !== "server->client") return;
      // The relay restores this tab's own request ids, and hides answers meant for other tabs.
      const message = event.deliverId === undefined ? frame.msg : event.deliverId === null ? undefined : restoreId(frame.msg, event.deliverId);
      if (message) this.#deliver(deliverable(message));
    });
  }

  #deliver(message: JsonRpcMessage): void {
    if (!this.#raw.take(message)) this.onmessage?.(message as JSONRPCMessage);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) throw new Error("transport closed");
    this.#envelope ??= modernFraming(message as JsonRpcMessage);
    this.#sendNow(message as JsonRpcMessage);
  }

  #sendNow(message: JsonRpcMessage): void {
    if (!this.#link.send({ type: "send", message: withLogLevel(message, this.#logLevel) })) {
      throw new Error("disconnected from mcp-inspect: message not sent");
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#raw.closeAll("the connection to the server closed");
    this.onclose?.();
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }
}

/** An answer gets this tab's request id back; a listen-stream notification its subscription id (see relay-protocol). */
function restoreId(message: JsonRpcMessage, id: string | number): JsonRpcMessage {
  if (typeof message.method !== "string") return { ...message, id };
  const params = (message.params ?? {}) as { _meta?: Record<string, unknown> };
  return { ...message, params: { ...params, _meta: { ...params._meta, [SUBSCRIPTION_ID_KEY]: id } } };
}

const PROTOCOL_VERSION_KEY = "io.modelcontextprotocol/protocolVersion";
const LOG_LEVEL_KEY = "io.modelcontextprotocol/logLevel";

/** The 2026-07-28 request envelope's framing keys, as the tasks extension's raw path needs them. */
export interface ModernFraming {
  protocolVersion: string;
  clientInfo: Record<string, unknown>;
  clientCapabilities: Record<string, unknown>;
}

function modernFraming(message: JsonRpcMessage): ModernFraming | undefined {
  const meta = (message.params as { _meta?: Record<string, unknown> } | undefined)?._meta;
  const protocolVersion = meta?.[PROTOCOL_VERSION_KEY];
  if (typeof message.method !== "string" || typeof protocolVersion !== "string") return undefined;
  const clientInfo = (meta?.["io.modelcontextprotocol/clientInfo"] ?? {}) as Record<string, unknown>;
  const clientCapabilities = (meta?.["io.modelcontextprotocol/clientCapabilities"] ?? {}) as Record<string, unknown>;
  return { protocolVersion, clientInfo, clientCapabilities };
}

/** Adds the log level to a request that carries the modern envelope (legacy-era traffic stays byte-identical). */
export function withLogLevel(message: JsonRpcMessage, level: string | undefined): JsonRpcMessage {
  if (level === undefined || typeof message.method !== "string" || message.id === undefined) return message;
  const params = message.params as { _meta?: Record<string, unknown> } | undefined;
  const meta = params?._meta;
  if (!meta || !(PROTOCOL_VERSION_KEY in meta) || LOG_LEVEL_KEY in meta) return message;
  return { ...message, params: { ...params, _meta: { ...meta, [LOG_LEVEL_KEY]: level } } };
}

/**
 * An answer carrying both "result" and "error" is answered, yet the SDK drops it and waits for its timeout. The
 * caller gets an error that says what the server sent (the log keeps the frame as it was; jsonrpc/result-and-error
 * names it in Checks), never "Request timed out".
 */
export function deliverable(message: JsonRpcMessage): JsonRpcMessage {
  if (!("result" in message && "error" in message) || typeof message.method === "string") return message;
  const { result: _result, error: _error, ...rest } = message;
  return { ...rest, error: { code: -32603, message: 'mcp-inspect: the server answered with both "result" and "error", which clients drop (see Checks: jsonrpc/result-and-error)' } };
}

/**
 * An answer the backend recorded as stdout noise because clients drop it (e.g. "jsonrpc": "1.0"), routed to the
 * tab that asked: the call fails at once with what the server did wrong, never "Request timed out".
 */
export function droppedAnswerError(id: string | number, problem: string): JsonRpcMessage {
  return { jsonrpc: "2.0", id, error: { code: -32603, message: `mcp-inspect: clients drop this answer of the server: ${problem} (see Checks)` } };
}

/**
 * The server refused the POST that carried this tab's request with an HTTP error status (routed here by the relay):
 * no JSON-RPC answer will come. An auto-mode client reads it on its server/discover probe as "not 2026-07-28" and
 * falls back to initialize; any other call fails at once with the status, never "Request timed out".
 */
export function httpRefusalError(id: string | number, status: number, body: string | undefined): JsonRpcMessage {
  const detail = body ? `: ${body.slice(0, 300)}` : "";
  return { jsonrpc: "2.0", id, error: { code: -32600, message: `mcp-inspect: the server answered HTTP ${status} to this request${detail}` } };
}
