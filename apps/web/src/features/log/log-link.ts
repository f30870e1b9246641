import type { LinkPatch, LinkState } from "../workspace";
import { DEFAULT_FILTER, DEFAULT_KINDS, ROW_KINDS, type LogFilter, type RowKind } from "./log-filter";
import type { ToolbarState } from "./LogToolbar";

type Direction = LogFilter["direction"];
const DIRECTIONS: readonly Direction[] = ["all", "client->server", "server->client"];

/**
 * The log's search and filters as link values (see workspace/deep-link.ts): only what differs from the
 * default is written, so a plain log leaves the address bar short. Method names are comma-separated: MCP
 * method names have no commas.
 */
export function toolbarToLink(state: ToolbarState): LinkPatch {
  const kindsDefault = state.kinds.size === DEFAULT_KINDS.size && [...DEFAULT_KINDS].every((k) => state.kinds.has(k));
  return {
    q: state.search || undefined,
    method: state.methods.length > 0 ? state.methods.join(",") : undefined,
    dir: state.direction !== "all" ? state.direction : undefined,
    kinds: kindsDefault ? undefined : ROW_KINDS.filter((k) => state.kinds.has(k)).join(",") || "none",
    errors: state.errorsOnly ? "1" : undefined,
    slow: state.slowOnly ? String(state.slowMs) : undefined,
  };
}

/** The toolbar a link asks for; what it does not say (or says wrongly) is the default. */
export function toolbarFromLink(link: LinkState): ToolbarState {
  const kinds = link.kinds === undefined ? DEFAULT_KINDS : new Set(link.kinds.split(",").filter((k): k is RowKind => (ROW_KINDS as readonly string[]).includes(k)));
  const slowMs = Number(link.slow);
  const slow = link.slow !== undefined && Number.isFinite(slowMs) && slowMs >= 0;
  return {
    search: link.q ?? "",
    methods: link.method ? link.method.split(",").filter(Boolean) : [],
    direction: DIRECTIONS.includes(link.dir as Direction) ? (link.dir as Direction) : "all",
    kinds,
    errorsOnly: link.errors === "1",
    slowOnly: slow,
    slowMs: slow ? slowMs : DEFAULT_FILTER.slowMs,
  };
}

/** The selected row a link names: a frame number, or undefined. */
export function rowFromLink(row: string | undefined): number | undefined {
  if (row === undefined || !/^\d+$/.test(row)) return undefined;
  return Number(row);
}
