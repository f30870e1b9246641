import { useSyncExternalStore } from "react";
import { describeTarget, type SessionTarget } from "@mcp-inspect/core";
import { withoutPaths } from "./secret-fields";

export type ArgsMode = "form" | "json";

/** What the editor of one tool last held: its mode, the form's values and the JSON text. */
export interface RememberedArgs {
  mode: ArgsMode;
  values: Record<string, unknown> | undefined;
  text: string;
  /** Bumped by `rememberArgs` (an outside change) so a mounted editor reloads; editor saves keep it. */
  rev: number;
  /** The person ticked "Remember secrets": fields that look secret are stored too. */
  rememberSecrets?: boolean;
}

/**
 * Whose arguments these are: the target mcp-inspect started or connected to (command line or URL),
 * and the name the server gave itself. The name alone would hand them to any server that calls
 * itself the same (an impersonator would get the person's typed values prefilled).
 */
export function argsScope(target: SessionTarget | undefined, serverName: string): string {
  return JSON.stringify([target ? describeTarget(target) : "", serverName]);
}

const PREFIX = "mcp-inspect:args:";
const listeners = new Set<() => void>();
// Snapshots must be stable between changes for useSyncExternalStore.
const cache = new Map<string, RememberedArgs | undefined>();

const keyOf = (scope: string, toolName: string) => `${PREFIX}${JSON.stringify([scope, toolName])}`;

function read(key: string): RememberedArgs | undefined {
  if (cache.has(key)) return cache.get(key);
  let entry: RememberedArgs | undefined;
  try {
    const raw = globalThis.localStorage?.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Partial<RememberedArgs>) : undefined;
    if (parsed && (parsed.mode === "form" || parsed.mode === "json") && typeof parsed.text === "string") {
      entry = { mode: parsed.mode, values: parsed.values ?? undefined, text: parsed.text, rev: typeof parsed.rev === "number" ? parsed.rev : 0, rememberSecrets: parsed.rememberSecrets === true };
    }
  } catch {
    entry = undefined; // storage disabled or a corrupt entry: start afresh
  }
  cache.set(key, entry);
  return entry;
}

/**
 * Keeps the entry for this page as it is, and stores it without the fields at `secrets` unless the
 * person asked to remember them (localStorage outlives the page and is readable by anything on it).
 */
function write(key: string, entry: RememberedArgs, secrets: string[][] = []): void {
  cache.set(key, entry);
  const stored = entry.rememberSecrets || secrets.length === 0 ? entry : { ...entry, values: withoutPaths(entry.values, secrets), text: textWithout(entry.text, secrets) };
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(stored));
  } catch {
    // Full or disabled storage: the arguments are still kept for this page.
  }
  for (const listener of listeners) listener();
}

/** JSON text without the secret fields; text that does not parse is not stored at all (the values are). */
function textWithout(text: string, secrets: string[][]): string {
  try {
    return JSON.stringify(withoutPaths(JSON.parse(text) as unknown, secrets), null, 2);
  } catch {
    return "";
  }
}

export function loadRememberedArgs(scope: string, toolName: string): RememberedArgs | undefined {
  return read(keyOf(scope, toolName));
}

/**
 * Sets a tool's arguments from outside the editor (e.g. "load these arguments" in the call
 * history); a mounted editor shows them at once, in the mode it was in.
 */
export function rememberArgs(scope: string, toolName: string, args: Record<string, unknown>, secrets: string[][] = []): void {
  const key = keyOf(scope, toolName);
  const previous = read(key);
  const entry = { mode: previous?.mode ?? "form", values: args, text: JSON.stringify(args, null, 2), rev: (previous?.rev ?? 0) + 1, rememberSecrets: previous?.rememberSecrets } as const;
  write(key, entry, secrets);
}

/** The editor's own save: keeps `rev`, so it does not reload itself. `secrets`: see secretPaths. */
export function saveEditorArgs(scope: string, toolName: string, entry: Omit<RememberedArgs, "rev">, secrets: string[][] = []): void {
  const key = keyOf(scope, toolName);
  write(key, { ...entry, rev: read(key)?.rev ?? 0 }, secrets);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRememberedArgs(scope: string, toolName: string): RememberedArgs | undefined {
  return useSyncExternalStore(subscribe, () => loadRememberedArgs(scope, toolName));
}

/** Tests: forget the in-memory copies (localStorage itself is the test's to clear). */
export function resetRememberedArgsCache(): void {
  cache.clear();
}
