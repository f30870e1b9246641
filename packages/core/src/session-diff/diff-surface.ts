import { diffValues, normalise, type ValueDiff } from "../fixture/index";
import type { ListKind, ServerSurface } from "./surface";

export type SurfaceKind = "server" | ListKind;
export type ChangeType = "added" | "removed" | "changed";

/** One item that differs between session A and session B. */
export interface SurfaceChange {
  kind: SurfaceKind;
  /** The item's name (tools, prompts), uri (resources), uriTemplate (templates) or initialize field. */
  name: string;
  change: ChangeType;
  a?: unknown;
  b?: unknown;
  /** For changed items: the JSON pointers that differ, with both values. */
  paths: ValueDiff[];
}

/** Per kind: whether each session saw it at all, and what changed. */
export interface KindDiff {
  kind: SurfaceKind;
  /** False when a session never completed this listing: its items are unknown, not absent. */
  inA: boolean;
  inB: boolean;
  /** Items in both and equal. */
  same: number;
  changes: SurfaceChange[];
}

export const SURFACE_KINDS: readonly SurfaceKind[] = ["server", "tools", "resources", "resourceTemplates", "prompts"];

const KEY_FIELD: Record<ListKind, string> = { tools: "name", resources: "uri", resourceTemplates: "uriTemplate", prompts: "name" };

/** Added, removed and changed items of every kind, from A to B; schemas and values compared structurally. */
export function diffSurface(a: ServerSurface, b: ServerSurface): KindDiff[] {
  return SURFACE_KINDS.map((kind) => {
    const itemsA = itemsOf(a, kind);
    const itemsB = itemsOf(b, kind);
    if (!itemsA || !itemsB) return { kind, inA: itemsA !== undefined, inB: itemsB !== undefined, same: 0, changes: [] };
    const changes: SurfaceChange[] = [];
    let same = 0;
    for (const [name, valueA] of itemsA) {
      if (!itemsB.has(name)) {
        changes.push({ kind, name, change: "removed", a: valueA, paths: [] });
        continue;
      }
      const valueB = itemsB.get(name);
      const paths = diffValues(normalise(valueA), normalise(valueB));
      if (paths.length === 0) same++;
      else changes.push({ kind, name, change: "changed", a: valueA, b: valueB, paths });
    }
    for (const [name, valueB] of itemsB) if (!itemsA.has(name)) changes.push({ kind, name, change: "added", b: valueB, paths: [] });
    return { kind, inA: true, inB: true, same, changes };
  });
}

/** Items by name in listed order; the first of duplicate names wins. Undefined when never seen. */
function itemsOf(surface: ServerSurface, kind: SurfaceKind): Map<string, unknown> | undefined {
  const items = new Map<string, unknown>();
  if (kind === "server") {
    if (!surface.initialize) return undefined;
    for (const [field, value] of Object.entries(surface.initialize)) if (value !== undefined) items.set(field, value);
    return items;
  }
  const list = surface.lists[kind];
  if (!list) return undefined;
  for (const item of list) {
    const key = item[KEY_FIELD[kind]];
    const name = typeof key === "string" ? key : JSON.stringify(key);
    if (!items.has(name)) items.set(name, item);
  }
  return items;
}
