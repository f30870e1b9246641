export interface Page<T> {
  items: T[];
  nextCursor?: string | undefined;
}

export interface AllPages<T> {
  items: T[];
  pages: number;
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
  for (;;) {
    const page = await fetchPage(cursor);
    pages++;
    items.push(...page.items);
    const next = page.nextCursor;
    if (next === undefined || next === null) return { items, pages };
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
