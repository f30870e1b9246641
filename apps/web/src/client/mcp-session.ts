import type { Client } from "@modelcontextprotocol/client";
import {
  connectionReducer,
  initialConnectionState,
  RequestPairer,
  type AppDirection,
  type AppRef,
  type ConnectionAction,
  type ConnectionState,
  type Frame,
  type JsonRpcMessage,
  type ProcessFrame,
  type ProtocolMode,
  type SessionHeader,
  describeExit,
  eraOf,
} from "@mcp-inspect/core";
import type { ClientExtension } from "./client-extension";
import { setCloseReason } from "./close-reason";
import type { ListKind } from "./create-inspector-client";
import { inspectorClientLoaded, loadInspectorClient, type InspectorClientModule } from "./load-inspector-client";
import { FrameLog } from "./frame-log";
import { ListenStream } from "./listen-stream";
import type { RelayConnection, RelayEvent, RelayStatus } from "./relay-connection";

export type { ListKind };

export interface SessionSnapshot {
  relay: RelayStatus;
  /** The last `error` payload from the backend, if any. */
  relayError?: string;
  header?: SessionHeader;
  /** Every frame of the session, in seq order. */
  frames: readonly Frame[];
  /** Request/response pairs over `frames` (mutated as frames arrive; read it during render). */
  pairer: RequestPairer;
  connection: ConnectionState;
  /** The SDK client, once `connection.phase` is "ready". */
  client?: Client;
  /** Changes with every new client (the seq of its spawn frame): part of every query key. */
  clientKey?: number;
  /** The subscriptions/listen stream of a 2026-07-28 client (list changes and resource updates arrive on it). */
  listen?: ListenStream;
  /** The protocol mode the next client negotiates with: this tab's choice, else the session's `--protocol`, else auto. */
  protocol: ProtocolMode;
}

export interface McpSessionOptions {
  /** Called when the server says a list changed. */
  onListChanged?: (kind: ListKind) => void;
  /** Delay between a change and the snapshot listeners being told (coalesces bursts of frames). */
  notifyDelayMs?: number;
  /** The features that join every client (their capabilities and handlers). */
  extensions?: readonly ClientExtension[];
  /**
   * Watch only (a proxied session: its own client drives the server): the log follows the relay, and no client of
   * ours is ever started, so nothing is sent.
   */
  observeOnly?: boolean;
}

/** auto tries server/discover and falls back to initialize; a pinned mode names its one request. */
function handshakeName(mode: ProtocolMode): string {
  if (mode === "auto") return "the handshake (server/discover, then initialize)";
  return eraOf(mode) === "modern" ? "server/discover" : "initialize";
}

interface ClientGeneration {
  spawnSeq: number;
  client: Client;
  ready: boolean;
  listen?: ListenStream;
  /** What the failure message calls the handshake this client attempted. */
  handshake: string;
}

/**
 * One browser's view of an mcp-inspect session: the frame log (from the relay), the connection
 * state (core's reducer over process frames), and the lifecycle of the SDK client: a new client for
 * each spawned process, closed when the process exits.
 */
export class McpSession {
  readonly #relay: RelayConnection;
  readonly #options: McpSessionOptions;
  readonly #listeners = new Set<() => void>();
  #log = new FrameLog();
  #connection: ConnectionState = initialConnectionState;
  #header: SessionHeader | undefined;
  #relayError: string | undefined;
  /** The spawn frame of the running process, if one is running. */
  #activeSpawn: ProcessFrame | undefined;
  #current: ClientGeneration | undefined;
  #snapshot: SessionSnapshot;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | undefined;
  #endReason: string | undefined;
  /** Chosen on the Server tab: overrides the session's `--protocol` for this tab's next clients. */
  #protocolOverride: ProtocolMode | undefined;

  constructor(relay: RelayConnection, options: McpSessionOptions = {}) {
    this.#relay = relay;
    this.#options = options;
    this.#snapshot = this.#buildSnapshot();
  }

  start(): void {
    this.#unsubscribe ??= this.#relay.subscribe((event) => this.#onRelayEvent(event));
    this.#relay.start();
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#relay.stop();
    this.#closeClient();
    clearTimeout(this.#timer);
  }

  /** Asks the backend to restart the server process; false when the relay is down. */
  restart(): boolean {
    return this.#relay.send({ type: "restart" });
  }

  /** Records a message between an MCP App and this page as its host (an `app` frame in the log and the session file). */
  recordAppMessage(dir: AppDirection, app: AppRef, message: JsonRpcMessage): boolean {
    return this.#relay.send({ type: "app-message", dir, app, message });
  }

  /**
   * Connects again in another protocol mode. A server pins its era on the first message it reads, so this
   * restarts the process and the new client negotiates with `mode`; false when the relay is down.
   */
  reconnectWith(mode: ProtocolMode): boolean {
    this.#protocolOverride = mode;
    this.#changed();
    return this.restart();
  }

  #protocol(): ProtocolMode {
    return this.#protocolOverride ?? this.#header?.protocol ?? "auto";
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.#snapshot;

  #onRelayEvent(event: RelayEvent): void {
    switch (event.type) {
      case "status":
        break;
      case "error":
        this.#relayError = `${event.code}: ${event.message}`;
        break;
      case "hello":
        if (this.#header && this.#header.id !== event.header.id) this.#reset();
        this.#header = event.header;
        this.#relayError = undefined;
        for (const frame of this.#log.addAll(event.frames)) this.#onNewFrame(frame);
        // Mid-history, the spawn seen so far may have exited later: start a client only on the whole story.
        if (!event.more) this.#reconcileClient();
        break;
      case "frame":
        if (this.#log.add(event.frame)) {
          this.#onNewFrame(event.frame);
          if (event.frame.kind === "process") this.#reconcileClient();
        }
        break;
    }
    this.#changed();
  }

  #onNewFrame(frame: Frame): void {
    if (frame.kind !== "process") return;
    this.#dispatch({ type: "process", frame });
    // What pending calls of the closing client report instead of the SDK's "Connection closed".
    if (frame.event === "exit") this.#endReason = describeExit(frame.code, frame.signal, true);
    else if (frame.event === "error") this.#endReason = frame.message;
    if (frame.event === "spawn") this.#activeSpawn = frame;
    else if (frame.event !== "init-timeout") this.#activeSpawn = undefined;
  }

  #dispatch(action: ConnectionAction): void {
    this.#connection = connectionReducer(this.#connection, action);
  }

  /** A client for the running process, or none when no process runs. */
  #reconcileClient(): void {
    const spawn = this.#options.observeOnly ? undefined : this.#activeSpawn;
    if (!spawn) {
      this.#closeClient();
      return;
    }
    if (this.#current?.spawnSeq === spawn.seq) return;
    this.#closeClient();
    // The SDK client is a chunk of its own (the page's first one stays small); the page starts loading it at once,
    // so it is usually here before the relay's history is. If not, try again when it is, if still running.
    const loaded = inspectorClientLoaded();
    if (loaded) this.#startClient(spawn, loaded.createInspectorClient);
    else void loadInspectorClient().then(() => this.#unsubscribe && this.#reconcileClient());
  }

  #startClient(spawn: ProcessFrame, createInspectorClient: InspectorClientModule["createInspectorClient"]): void {
    const version = this.#header?.inspector.version ?? "0.0.0";
    const { client, initialized } = createInspectorClient(
      this.#relay,
      version,
      (kind) => this.#options.onListChanged?.(kind),
      this.#options.extensions,
      { header: () => this.#header },
      this.#protocol(),
    );
    const generation: ClientGeneration = { spawnSeq: spawn.seq, client, ready: false, handshake: handshakeName(this.#protocol()) };
    this.#current = generation;
    initialized.then(
      (server) => {
        if (this.#current !== generation) return;
        generation.ready = true;
        if (eraOf(server.protocolVersion) === "modern") {
          generation.listen = new ListenStream(client, server.capabilities, () => this.#changed());
          void generation.listen.open([]).catch(() => {});
        }
        this.#dispatch({ type: "initialized", server });
        this.#changed();
      },
      (error: unknown) => {
        if (this.#current !== generation) return;
        const message = error instanceof Error ? error.message : String(error);
        this.#dispatch({
          type: "initialize-failed",
          reason: `${generation.handshake} failed: ${message}`,
          stderrTail: this.#log.stderrSince(spawn.seq).slice(-50),
        });
        this.#changed();
      },
    );
  }

  #closeClient(): void {
    const generation = this.#current;
    if (!generation) return;
    this.#current = undefined;
    // The listen stream is not closed with a notifications/cancelled: the process it ran on is gone, and the relay
    // would hand that notification to the next process as its first message, which a dual-era server reads to pick
    // its era (the modern envelope would pin a legacy reconnect to 2026-07-28).
    if (this.#endReason !== undefined) setCloseReason(generation.client, this.#endReason);
    void generation.client.close().catch(() => {});
  }

  /** A different session (the backend was restarted): forget everything. */
  #reset(): void {
    this.#closeClient();
    this.#log = new FrameLog();
    this.#connection = initialConnectionState;
    this.#activeSpawn = undefined;
  }

  #buildSnapshot(): SessionSnapshot {
    const current = this.#current;
    const ready = current?.ready === true && this.#connection.phase === "ready";
    return {
      relay: this.#relay.status,
      relayError: this.#relayError,
      header: this.#header,
      frames: this.#log.frames(),
      pairer: this.#log.pairer,
      connection: this.#connection,
      client: ready ? current.client : undefined,
      clientKey: ready ? current.spawnSeq : undefined,
      ...(ready && current.listen ? { listen: current.listen } : {}),
      protocol: this.#protocol(),
    };
  }

  #changed(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#snapshot = this.#buildSnapshot();
      for (const listener of [...this.#listeners]) listener();
    }, this.#options.notifyDelayMs ?? 16);
  }
}
