import type { PathSegment } from "./log-query";

/** Arrays show this many items at a time ("show more" adds a page). */
export const ARRAY_PAGE = 100;
/** Strings longer than this show their start and a "show all" button. */
export const STRING_PREVIEW = 300;

export interface TreeChild {
  key: PathSegment;
  path: PathSegment[];
  value: unknown;
}

export function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === "object";
}

/** Number of children (array length or key count) without building them. */
export function childCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (!isContainer(value)) return 0;
  let n = 0;
  for (const key in value) if (Object.hasOwn(value, key)) n++;
  return n;
}

/** The first `limit` children of a container (arrays paged by the caller; objects are usually small). */
export function childrenOf(value: unknown, path: readonly PathSegment[], limit: number): TreeChild[] {
  if (Array.isArray(value)) {
    return value.slice(0, limit).map((item, i) => ({ key: i, path: [...path, i], value: item }));
  }
  if (!isContainer(value)) return [];
  const out: TreeChild[] = [];
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (out.length >= limit) break;
    out.push({ key, path: [...path, key], value: (value as Record<string, unknown>)[key] });
  }
  return out;
}

/** A collapsed container's one-line preview: "[3 items]", "{2 keys}". */
export function containerPreview(value: Record<string, unknown> | unknown[]): string {
  const n = childCount(value);
  return Array.isArray(value) ? `[${n} item${n === 1 ? "" : "s"}]` : `{${n} key${n === 1 ? "" : "s"}}`;
}

/** A leaf as JSON text; long strings cut at `limit` characters (hidden says how many were left out). */
export function leafText(value: unknown, limit: number): { text: string; hidden: number } {
  if (typeof value === "string") {
    if (value.length <= limit) return { text: JSON.stringify(value), hidden: 0 };
    return { text: `${JSON.stringify(value.slice(0, limit)).slice(0, -1)}…"`, hidden: value.length - limit };
  }
  return { text: value === undefined ? "undefined" : String(JSON.stringify(value)), hidden: 0 };
}

/** Open by default: the top three levels (params.arguments.x, result.content[0]), when small enough to read at a glance. */
export function openByDefault(depth: number, value: unknown): boolean {
  return depth < 3 && childCount(value) <= 50;
}
