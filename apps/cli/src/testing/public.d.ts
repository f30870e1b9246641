// The types of `mcp-inspect/testing`, shipped as dist/testing.d.ts (written by hand: esbuild emits no types).
// `check-public.ts` makes tsc prove the implementation matches it.

export interface ReplayTarget {
  command: string;
  args?: readonly string[];
  cwd?: string;
  env?: Record<string, string>;
}

export interface ReplayOptions {
  /** Paths inside responses left out of the comparison: `/result/content/0/text`, `result.content.*.text`. */
  ignore?: readonly string[];
  /** How long initialize and each request may take, in ms. Default 30000. */
  timeoutMs?: number;
  /** expectReplay only: when the answers differ, rewrite the fixture file from this run instead of failing. */
  update?: boolean;
  /**
   * The revision to speak. "auto" (default): the era and revision the fixture was recorded in (2026-07-28:
   * server/discover and the _meta envelope; before: initialize). Another revision overrides it; in the other era the
   * recording is carried over (an input_required chain is one 2025 call with server requests, and the other way round).
   */
  protocol?: "auto" | "2024-11-05" | "2025-03-26" | "2025-06-18" | "2025-11-25" | "2026-07-28";
}

/** A difference in one replayed exchange: the request, the JSON path and both values. */
export interface ReplayDiff {
  /** Position in the fixture's exchanges; -1 for the handshake (initialize or server/discover). */
  index: number;
  method: string;
  /** Method plus tool, prompt or resource, e.g. "tools/call echo". */
  request: string;
  path: string;
  expected?: unknown;
  actual?: unknown;
}

/** A fixture file's content (format "mcp-inspect-fixture"). */
export interface Fixture {
  format: "mcp-inspect-fixture";
  version: number;
  /** The era and revision it was recorded in; absent in older fixtures (legacy, initialize's version). */
  protocol?: { era: "modern" | "legacy"; version: string };
  source?: { sessionId?: string; command?: string; args?: string[]; url?: string; recordedAt?: string };
  /** Legacy era: the handshake. */
  initialize?: { params: { protocolVersion: string; capabilities: Record<string, unknown> }; response: RecordedResponse };
  /** 2026-07-28: the capabilities each request's _meta envelope declared, and server/discover's answer. */
  discover?: { clientCapabilities: Record<string, unknown>; response?: RecordedResponse };
  exchanges: Array<
    | { kind: "request"; method: string; params?: Record<string, unknown>; response: RecordedResponse }
    | { kind: "notification"; method: string; params?: Record<string, unknown> }
  >;
  serverRequests: Array<{ method: string; params?: Record<string, unknown>; response: RecordedResponse }>;
}

export type RecordedResponse = { result: unknown } | { error: { code: number; message: string; data?: unknown } };

export interface ReplayOutcome {
  ok: boolean;
  diffs: ReplayDiff[];
  /** The diffs as a readable report ("" when ok). */
  report: string;
  /** The fixture as this run answered it. */
  updated: Fixture;
  /** The server's stderr lines. */
  stderr: string[];
}

/** Reads a fixture (`.fixture.json`) or a session file (`.jsonl`). */
export declare function loadFixture(path: string | URL): Fixture;

/** Replays a fixture against a stdio server, in the era it was recorded in, and compares every response with the recorded one. */
export declare function replay(fixtureOrPath: Fixture | string | URL, target: ReplayTarget, options?: ReplayOptions): Promise<ReplayOutcome>;

/** Replays and throws a `ReplayMismatchError` with a readable diff when anything differs; with `update` (and a path), rewrites the fixture instead. */
export declare function expectReplay(fixtureOrPath: Fixture | string | URL, target: ReplayTarget, options?: ReplayOptions): Promise<void>;

/** Thrown by `expectReplay` when the server answers differently; its message is the readable diff. */
export declare class ReplayMismatchError extends Error {
  readonly diffs: ReplayDiff[];
  constructor(diffs: ReplayDiff[], report: string);
}
