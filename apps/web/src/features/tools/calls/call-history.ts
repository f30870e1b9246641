import type { FinishedCall } from "./call-state";

/** A finished call as the history keeps it: when (wall clock) and everything the result view needs. */
export interface HistoryEntry {
  id: number;
  /** Date.now() when it was sent. */
  at: number;
  call: FinishedCall;
  /** Sent by the restart banner's re-run: the tool's detail shows it as its latest result. */
  rerun?: boolean;
}

/** Enough to look back without keeping every large result of a long session. */
export const HISTORY_LIMIT = 50;

export function historyKey(server: string, tool: string): string {
  return `${server}\u0000${tool}`;
}

/** Newest first, capped. */
export function addEntry(entries: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  return [entry, ...entries].slice(0, limit);
}

/**
 * The per-tool call history for this page session (in memory only), observable for
 * useSyncExternalStore. Module state on purpose: it outlives the tool detail, which remounts per tool.
 */
export class CallHistoryStore {
  private readonly byKey = new Map<string, HistoryEntry[]>();
  private readonly listeners = new Set<() => void>();
  private nextId = 1;

  get(key: string): readonly HistoryEntry[] {
    return this.byKey.get(key) ?? EMPTY;
  }

  add(key: string, at: number, call: FinishedCall, rerun?: boolean): HistoryEntry {
    const entry: HistoryEntry = { id: this.nextId++, at, call, ...(rerun ? { rerun } : {}) };
    this.byKey.set(key, addEntry(this.get(key), entry));
    for (const listener of this.listeners) listener();
    return entry;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const EMPTY: readonly HistoryEntry[] = [];

export const callHistory = new CallHistoryStore();
