/** 2026-07-28 cache hints on a list or read result: how long it stays fresh, and who may share it. */
export interface CacheHint {
  ttlMs?: number;
  cacheScope?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | undefined;
  cache?: CacheHint;
}

export interface AllPages<T> {
  items: T[];
  pages: number;
  /** The first page's hint (a list is cached as a whole). */
  cache?: CacheHint;
  /** Set when paging stopped early: a repeated cursor or the page cap. */
  warning?: string;
}

/**
 * Follows `nextCursor` until the last page. Stops, with a warning, if the server hands back a cursor
 * it already gave (a loop) or after `maxPages` pages.
 */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages = 100,
): Promise<AllPages<T>> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  let pages = 0;
  let cache: CacheHint | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    pages++;
    cache ??= page.cache;
    items.push(...page.items);
    const next = page.nextCursor;
    if (next === undefined || next === null) return { items, pages, ...(cache ? { cache } : {}) };
    if (seen.has(next)) {
      return { items, pages, warning: `the server returned cursor ${JSON.stringify(next)} twice; stopped paging to avoid a loop` };
    }
    if (pages >= maxPages) return { items, pages, warning: `stopped after ${maxPages} pages; the list may be incomplete` };
    seen.add(next);
    cursor = next;
  }
}

/** The cursors that led to the page shown in page-by-page mode: `[undefined]` is the first page. */
export type PageTrail = readonly (string | undefined)[];

export const firstPage: PageTrail = [undefined];

/** One page further, to `nextCursor`; unchanged when there is none. */
export function nextPage(trail: PageTrail, nextCursor: string | undefined): PageTrail {
  return nextCursor === undefined || nextCursor === null ? trail : [...trail, nextCursor];
}

/** One page back; the first page stays the first. */
export function previousPage(trail: PageTrail): PageTrail {
  return trail.length > 1 ? trail.slice(0, -1) : trail;
}

/** The cache hint a result carries, if any (2025-era results never do). */
export function cacheHintOf(result: unknown): CacheHint | undefined {
  const r = result as { ttlMs?: unknown; cacheScope?: unknown } | undefined;
  const hint: CacheHint = {
    ...(typeof r?.ttlMs === "number" ? { ttlMs: r.ttlMs } : {}),
    ...(typeof r?.cacheScope === "string" ? { cacheScope: r.cacheScope } : {}),
  };
  return Object.keys(hint).length > 0 ? hint : undefined;
}
