import { useSyncExternalStore } from "react";

export type ArgsMode = "form" | "json";

/** What the editor of one tool last held: its mode, the form's values and the JSON text. */
export interface RememberedArgs {
  mode: ArgsMode;
  values: Record<string, unknown> | undefined;
  text: string;
  /** Bumped by `rememberArgs` (an outside change) so a mounted editor reloads; editor saves keep it. */
  rev: number;
}

const PREFIX = "mcp-inspect:args:";
const listeners = new Set<() => void>();
// Snapshots must be stable between changes for useSyncExternalStore.
const cache = new Map<string, RememberedArgs | undefined>();

const keyOf = (serverName: string, toolName: string) => `${PREFIX}${JSON.stringify([serverName, toolName])}`;

function read(key: string): RememberedArgs | undefined {
  if (cache.has(key)) return cache.get(key);
  let entry: RememberedArgs | undefined;
  try {
    const raw = globalThis.localStorage?.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Partial<RememberedArgs>) : undefined;
    if (parsed && (parsed.mode === "form" || parsed.mode === "json") && typeof parsed.text === "string") {
      entry = { mode: parsed.mode, values: parsed.values ?? undefined, text: parsed.text, rev: typeof parsed.rev === "number" ? parsed.rev : 0 };
    }
  } catch {
    entry = undefined; // storage disabled or a corrupt entry: start afresh
  }
  cache.set(key, entry);
  return entry;
}

function write(key: string, entry: RememberedArgs): void {
  cache.set(key, entry);
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(entry));
  } catch {
    // Full or disabled storage: the arguments are still kept for this page.
  }
  for (const listener of listeners) listener();
}

export function loadRememberedArgs(serverName: string, toolName: string): RememberedArgs | undefined {
  return read(keyOf(serverName, toolName));
}

/**
 * Sets a tool's arguments from outside the editor (e.g. "load these arguments" in the call
 * history); a mounted editor shows them at once, in the mode it was in.
 */
export function rememberArgs(serverName: string, toolName: string, args: Record<string, unknown>): void {
  const key = keyOf(serverName, toolName);
  const previous = read(key);
  write(key, { mode: previous?.mode ?? "form", values: args, text: JSON.stringify(args, null, 2), rev: (previous?.rev ?? 0) + 1 });
}

/** The editor's own save: keeps `rev`, so it does not reload itself. */
export function saveEditorArgs(serverName: string, toolName: string, entry: Omit<RememberedArgs, "rev">): void {
  const key = keyOf(serverName, toolName);
  write(key, { ...entry, rev: read(key)?.rev ?? 0 });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRememberedArgs(serverName: string, toolName: string): RememberedArgs | undefined {
  return useSyncExternalStore(subscribe, () => loadRememberedArgs(serverName, toolName));
}

/** Tests: forget the in-memory copies (localStorage itself is the test's to clear). */
export function resetRememberedArgsCache(): void {
  cache.clear();
}
