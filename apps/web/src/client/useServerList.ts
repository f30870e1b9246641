import type { Client } from "@modelcontextprotocol/client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { fetchAllPages, firstPage, nextPage, previousPage, type AllPages, type CacheHint, type Page, type PageTrail } from "./fetch-all-pages";
import { awaitingAuthorization } from "@mcp-inspect/core";
import { useSession } from "./useSession";

/**
 * How long a list stays fresh in the UI's cache: the server's ttlMs when it gave one (2026-07-28; 0 means refetch
 * whenever it is looked at again), else until the server says the list changed.
 */
function freshFor(hint: CacheHint | undefined): number {
  return hint?.ttlMs ?? Infinity;
}

export interface Paging {
  /** The server's cache hint for the list shown (2026-07-28). */
  cache?: CacheHint;
  /** Show one page at a time (to debug a server's pagination) instead of every page at once. */
  pageByPage: boolean;
  setPageByPage: (on: boolean) => void;
  /** 1-based number of the page shown in page-by-page mode. */
  pageNumber: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
  /** The cursor the shown page was requested with, and the one it returned. */
  cursor: string | undefined;
  nextCursor: string | undefined;
}

/**
 * One of the server's lists, fetched once the client is ready and only if the server declared
 * `capability`: every page (following nextCursor), or one page at a time with Next/Previous.
 * Refetched when the server says it changed (see `listQueryKeys`; both modes share the key prefix).
 */
export function useServerList<T>(
  key: string,
  capability: "tools" | "resources" | "prompts",
  fetchPage: (client: Client, cursor: string | undefined) => Promise<Page<T>>,
) {
  const { snapshot } = useSession();
  const { client, clientKey, connection } = snapshot;
  const supported = connection.phase === "ready" && connection.server.capabilities[capability] !== undefined;
  const [mode, setMode] = useState<{ on: boolean; trail: PageTrail; clientKey?: number | undefined }>({ on: false, trail: firstPage });
  // A new server process starts again from its first page.
  const trail = mode.clientKey === clientKey ? mode.trail : firstPage;
  const cursor = trail[trail.length - 1];
  const enabled = supported && client !== undefined;
  const all = useQuery<AllPages<T>>({
    queryKey: [key, clientKey],
    queryFn: () => fetchAllPages((c) => fetchPage(client!, c)),
    enabled: enabled && !mode.on,
    staleTime: (query) => freshFor(query.state.data?.cache),
  });
  const page = useQuery<Page<T>>({
    queryKey: [key, clientKey, "page", cursor ?? null],
    queryFn: () => fetchPage(client!, cursor),
    enabled: enabled && mode.on,
    staleTime: (query) => freshFor(query.state.data?.cache),
  });
  const nextCursor = page.data?.nextCursor ?? undefined;
  const cache = mode.on ? page.data?.cache : all.data?.cache;
  const paging: Paging = {
    pageByPage: mode.on,
    setPageByPage: (on) => setMode({ on, trail: firstPage, clientKey }),
    pageNumber: trail.length,
    hasNext: mode.on && nextCursor !== undefined,
    hasPrevious: mode.on && trail.length > 1,
    next: () => setMode({ on: true, trail: nextPage(trail, nextCursor), clientKey }),
    previous: () => setMode({ on: true, trail: previousPage(trail), clientKey }),
    cursor,
    nextCursor,
    ...(cache ? { cache } : {}),
  };
  const authorizing = awaitingAuthorization(connection);
  if (!mode.on) return { ...all, supported, phase: connection.phase, authorizing, paging };
  const data: AllPages<T> | undefined = page.data && { items: page.data.items, pages: 1 };
  return { ...page, data, supported, phase: connection.phase, authorizing, paging };
}
