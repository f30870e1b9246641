import type { Direction, MessageFrame } from "../frame";
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
}

/** What a tools/list said about one tool, for checking its calls later. */
export interface KnownTool {
  output?: CompiledSchema;
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

  /** The version whose rules apply now: negotiated, else offered. */
  get version(): string | undefined {
    return this.negotiated ?? this.offered;
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
}
