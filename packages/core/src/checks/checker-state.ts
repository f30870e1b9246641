import type { Direction, MessageFrame } from "../frame";
import { eraOf } from "../protocol-mode";
import { AppsState } from "./apps-state";
import type { CompiledSchema, SchemaValidator } from "./types";

/** A request waiting for its response. */
export interface OpenRequest {
  frame: MessageFrame;
  method: string;
  /** The request asked for progress and got some: slowness is by design. */
  progressed: boolean;
  cancelled: boolean;
  /** Task-augmented (2025-11-25): the result is a CreateTaskResult. */
  task: boolean;
  /** ClientWaitClock.at() when the request was sent. */
  clientWaitAtStart: number;
  /** A client request of the modern era (its envelope names 2026-07-28 on, or the session is modern). */
  modern?: boolean;
  /** 2026-07-28 on: the protocol version its `_meta` envelope names (absent on a legacy request). */
  version?: string;
  /** 2026-07-28 on: the client capabilities its `_meta` envelope declares. */
  clientCaps?: Record<string, unknown>;
  /** The request was never meant to be answered by this server: the `server/discover` probe of a legacy one. */
  probe?: boolean;
}

/** An `input_required` result (2026-07-28) waiting for the client's retry of the same request. */
export interface PendingInput {
  /** The seq of the frame with the input_required result. */
  seq: number;
  requestState: string | undefined;
  /** The keys of its inputRequests. */
  keys: string[];
  /** What the client asked, e.g. "tools/call book_trip". */
  label: string;
}

/** What a tools/list said about one tool, for checking its calls later. */
export interface KnownTool {
  output?: CompiledSchema;
  /** `x-mcp-header` annotations (2026-07-28): the Mcp-Param-{name} header, lower-case, to the argument's property path. */
  headers?: Map<string, string[]>;
}

/**
 * What the checker knows about one server process. A new process (spawn) starts afresh: it
 * reuses ids and must be initialized again.
 */
export class ProcessState {
  /** The version the client offered in initialize, and the one the server answered. */
  offered: string | undefined;
  negotiated: string | undefined;
  serverCaps: Record<string, unknown> | undefined;
  clientCaps: Record<string, unknown> | undefined;
  initializeAnswered = false;
  initializedSent = false;
  /** The server process of this state has written something (so a spawn now is another process). */
  heardFromServer = false;
  readonly open = new Map<string, OpenRequest>();
  readonly answered = new Set<string>();
  readonly used = new Set<string>();
  readonly progressTokens = new Map<string, OpenRequest>();
  /** Per sender, the last notification not followed by any response: a null-id response may be answering it. */
  readonly lastNotification: Record<Direction, string | undefined> = { "client->server": undefined, "server->client": undefined };
  /** Tools of the last complete listing, and of the listing in progress (pages). */
  tools = new Map<string, KnownTool>();
  listing = new Map<string, KnownTool>();
  /** Findings about definitions (tools, schemas) already reported: every re-list would repeat them. */
  readonly reported = new Set<string>();
  /** Time spent waiting on the client's answers to server requests (a person answering an elicitation). */
  readonly clientWait = new ClientWaitClock();
  /** A `server/discover` got a result: the server speaks the modern era (2026-07-28 on). */
  discovered = false;
  /** What the MCP Apps checks know: tools with apps, listed resources and templates, app calls awaiting the host. */
  readonly apps = new AppsState();
  /** 2026-07-28 multi-round-trip requests waiting for their retry, by what they asked (method and name or uri). */
  readonly pendingInput = new Map<string, PendingInput[]>();

  /** The version whose rules apply now: negotiated, else offered. */
  get version(): string | undefined {
    return this.negotiated ?? this.offered;
  }

  /** The client sent initialize: whatever version it names, the session has the legacy era's shape. */
  handshake = false;

  /** The session speaks the modern era (2026-07-28 on): per-request `_meta`, no initialize. */
  get modern(): boolean {
    return !this.handshake && this.version !== undefined && eraOf(this.version) === "modern";
  }
}

/**
 * Total time during which at least one server-to-client request was open, so a client request can
 * subtract the part of its lifetime the server spent waiting on the client (sampling, elicitation, roots).
 */
export class ClientWaitClock {
  private readonly openKeys = new Set<string>();
  private since = 0;
  private total = 0;

  start(key: string, t: number): void {
    if (this.openKeys.size === 0) this.since = t;
    this.openKeys.add(key);
  }

  stop(key: string, t: number): void {
    if (!this.openKeys.delete(key)) return;
    if (this.openKeys.size === 0) this.total += Math.max(0, t - this.since);
  }

  /** Waiting time accumulated up to `t`. */
  at(t: number): number {
    return this.total + (this.openKeys.size > 0 ? Math.max(0, t - this.since) : 0);
  }
}

export function requestKey(dir: Direction, id: string | number): string {
  return `${dir}:${typeof id}:${id}`;
}

export function other(dir: Direction): Direction {
  return dir === "client->server" ? "server->client" : "client->server";
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What every message check reads: the process's protocol state and the checker's settings. */
export interface CheckContext {
  state: ProcessState;
  slowResponseMs: number;
  validator: SchemaValidator | undefined;
  /** What the session's HTTP frames told (none on stdio): a remote target, and whether it is HTTP+SSE. */
  http: { seen: boolean; sse: boolean };
}
