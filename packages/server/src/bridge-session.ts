import { randomUUID } from "node:crypto";
import type { FrameInput, JsonRpcMessage } from "@mcp-inspect/core";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { JSONRPCMessage, RequestId } from "@modelcontextprotocol/sdk/types.js";
import { MemoryEventStore } from "./memory-event-store";
import { createStdioTarget, type StdioTarget, type StdioTargetOptions } from "./stdio-target";

export interface BridgeSessionOptions {
  target: Omit<StdioTargetOptions, "killGraceMs">;
  /** Hosts and origins the HTTP layer accepts (DNS rebinding protection). */
  allowedHosts: string[];
  allowedOrigins: string[];
  /** Every frame of the child: stderr, stdout noise, process events, messages. */
  onFrame?: (sessionId: string | undefined, frame: FrameInput) => void;
  onClosed: (session: BridgeSession) => void;
}

/**
 * One HTTP session of the bridge, bound to its own stdio child. Messages pass through unchanged;
 * the only thing the bridge adds is which HTTP stream a server message travels on, which stdio does
 * not say: responses follow their request, progress follows its token, and other server messages
 * sent while client requests are open go with the newest one (as an SDK server does for messages
 * sent from a request handler). Everything else goes to the standalone GET stream.
 */
export class BridgeSession {
  readonly transport: StreamableHTTPServerTransport;
  readonly #target: StdioTarget;
  /** Client requests the child has not answered yet, oldest first. */
  readonly #open = new Map<RequestId, JsonRpcMessage>();
  #sending: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(private readonly options: BridgeSessionOptions) {
    this.transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      eventStore: new MemoryEventStore(),
      enableDnsRebindingProtection: true,
      allowedHosts: options.allowedHosts,
      allowedOrigins: options.allowedOrigins,
    });
    this.#target = createStdioTarget(options.target, (frame) => this.#onChildFrame(frame));
    this.transport.onmessage = (message) => this.#fromClient(message);
    // DELETE from the client, or the bridge shutting down.
    this.transport.onclose = () => void this.close();
    this.#target.start();
  }

  get sessionId(): string | undefined {
    return this.transport.sessionId;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#target.stop();
    await this.transport.close().catch(() => {});
    this.options.onClosed(this);
  }

  #fromClient(message: JSONRPCMessage): void {
    const msg = message as JsonRpcMessage;
    if (typeof msg.method === "string" && msg.id !== undefined) this.#open.set(msg.id as RequestId, msg);
    // A child that is gone answers nothing; its exit already closed the session.
    this.#target.send(msg);
  }

  #onChildFrame(frame: FrameInput): void {
    this.options.onFrame?.(this.sessionId, frame);
    if (frame.kind === "message") this.#toClient(frame.msg);
    else if (frame.kind === "process" && (frame.event === "exit" || frame.event === "error")) {
      // An HTTP client cannot see the process die: answer what it still waits for, then end the
      // session (it cannot outlive its server) once queued messages are out.
      const why = frame.event === "exit" ? `exited (${frame.signal ?? `code ${frame.code}`})` : `could not start: ${frame.message}`;
      const tail = frame.stderrTail.length ? `; stderr: ${frame.stderrTail.slice(-5).join(" | ")}` : "";
      for (const id of this.#open.keys()) {
        this.#toClient({ jsonrpc: "2.0", id, error: { code: -32000, message: `the server ${why} before it answered${tail}` } });
      }
      void this.#sending.then(() => this.close());
    }
  }

  #toClient(msg: JsonRpcMessage): void {
    const isResponse = msg.method === undefined && msg.id !== undefined;
    if (isResponse) this.#open.delete(msg.id as RequestId);
    const relatedRequestId = isResponse ? undefined : this.#relatedRequest(msg);
    // In order: a request's notifications must reach its stream before the response closes it.
    this.#sending = this.#sending.then(async () => {
      try {
        await this.transport.send(msg as JSONRPCMessage, relatedRequestId === undefined ? undefined : { relatedRequestId });
      } catch {
        // The request's stream is gone (answered or disconnected): the standalone stream still can.
        if (relatedRequestId !== undefined) await this.transport.send(msg as JSONRPCMessage).catch(() => {});
      }
    });
  }

  #relatedRequest(msg: JsonRpcMessage): RequestId | undefined {
    if (msg.method === "notifications/progress") {
      const token = (msg.params as { progressToken?: unknown } | undefined)?.progressToken;
      for (const [id, request] of this.#open) {
        const meta = (request.params as { _meta?: { progressToken?: unknown } } | undefined)?._meta;
        if (meta?.progressToken === token) return id;
      }
      return undefined;
    }
    return [...this.#open.keys()].at(-1);
  }
}
