import type { Transport } from "@modelcontextprotocol/client";
import type { JSONRPCMessage } from "@modelcontextprotocol/client";
import { droppedAnswer, SUBSCRIPTION_ID_KEY, type JsonRpcMessage } from "@mcp-inspect/core";
import type { RelayLink } from "./relay-connection";

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
        if (dropped) this.onmessage?.(droppedAnswerError(event.deliverId, dropped.problem) as JSONRPCMessage);
        return;
      }
      if (frame.kind !== "message" || frame.dir !== "server->client") return;
      // The relay restores this tab's own request ids, and hides answers meant for other tabs.
      const message = event.deliverId === undefined ? frame.msg : event.deliverId === null ? undefined : restoreId(frame.msg, event.deliverId);
      if (message) this.onmessage?.(deliverable(message) as JSONRPCMessage);
    });
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) throw new Error("transport closed");
    if (!this.#link.send({ type: "send", message: withLogLevel(message as JsonRpcMessage, this.#logLevel) })) {
      throw new Error("disconnected from mcp-inspect: message not sent");
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
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
