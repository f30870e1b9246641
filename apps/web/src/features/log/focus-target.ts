import { useSyncExternalStore } from "react";

export type FocusTab = "tools" | "resources" | "prompts";

/** "Show me the item this log row is about": the main tab, the item, and the row to go back to. */
export interface FocusTarget {
  tab: FocusTab;
  /** Tool or prompt name, or resource URI. */
  name: string;
  /** The log row the jump started from ("back to log" returns there). */
  fromSeq: number;
  /** Asking twice for the same item still counts. */
  nonce: number;
}

let current: FocusTarget | undefined;
let nonce = 0;
const listeners = new Set<() => void>();

function emit(next: FocusTarget | undefined): void {
  current = next;
  for (const listener of [...listeners]) listener();
}

export function focusItem(target: Omit<FocusTarget, "nonce">): void {
  emit({ ...target, nonce: ++nonce });
}

export function clearFocusTarget(): void {
  if (current) emit(undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current target; with `tab`, only a target on that tab. */
export function useFocusTarget(tab?: FocusTab): FocusTarget | undefined {
  const target = useSyncExternalStore(subscribe, () => current);
  return tab === undefined || target?.tab === tab ? target : undefined;
}

/** The tool, resource or prompt a request is about: tools/call and prompts/get by name, resources/read by URI. */
export function itemOfRequest(method: unknown, params: unknown): { tab: FocusTab; name: string } | undefined {
  const p = params && typeof params === "object" ? (params as { name?: unknown; uri?: unknown }) : {};
  if (method === "tools/call" && typeof p.name === "string") return { tab: "tools", name: p.name };
  if (method === "prompts/get" && typeof p.name === "string") return { tab: "prompts", name: p.name };
  if ((method === "resources/read" || method === "resources/subscribe") && typeof p.uri === "string") return { tab: "resources", name: p.uri };
  return undefined;
}
