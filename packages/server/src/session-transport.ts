import type { Frame } from "@mcp-inspect/core";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { InspectSession } from "./session";

/**
 * An MCP SDK `Transport` over an `InspectSession`, in the same process: whatever an SDK `Client`
 * sends goes through `session.send`, and the server's message frames come back as `onmessage`.
 * So a client driven from Node (doctor, scripts) is framed, recorded and checked exactly like the
 * browser UI's client over the relay.
 */
export class SessionTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;

  readonly #session: InspectSession;
  #unsubscribe: (() => void) | undefined;
  #closed = false;

  constructor(session: InspectSession) {
    this.#session = session;
  }

  async start(): Promise<void> {
    if (this.#unsubscribe) throw new Error("SessionTransport already started");
    this.#unsubscribe = this.#session.subscribe((frame) => this.#onFrame(frame));
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) throw new Error("the transport is closed");
    // false means no server process is running: the SDK turns the rejection into a failed request.
    if (!this.#session.send(message as Record<string, unknown>)) throw new Error("the server is not running");
  }

  /** Detaches from the session; stopping the server is the session owner's business. */
  async close(): Promise<void> {
    this.#finish();
  }

  #onFrame(frame: Frame): void {
    if (this.#closed) return;
    if (frame.kind === "message" && frame.dir === "server->client") {
      this.onmessage?.(frame.msg as JSONRPCMessage);
      return;
    }
    // The server is gone: the SDK fails every pending request instead of waiting for its timeout.
    if (frame.kind === "process" && (frame.event === "exit" || frame.event === "error")) this.#finish();
  }

  #finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.onclose?.();
  }
}
