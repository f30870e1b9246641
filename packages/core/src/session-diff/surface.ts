import type { Frame, MessageFrame } from "../frame";
import { RequestPairer, isRequest } from "../pairing";

/** What the server said about itself in `initialize` (or, in 2026-07-28, `server/discover`). */
export interface ServerIdentity {
  serverInfo?: unknown;
  protocolVersion?: unknown;
  /** server/discover only. */
  supportedVersions?: unknown;
  capabilities?: unknown;
  instructions?: unknown;
}

export type ListKind = "tools" | "resources" | "resourceTemplates" | "prompts";

/** A session's view of the server: undefined parts were never answered (completely) in it. */
export interface ServerSurface {
  initialize?: ServerIdentity;
  lists: Partial<Record<ListKind, Record<string, unknown>[]>>;
}

/** Each listing: its method, the result field holding the items. */
export const LISTINGS: Record<ListKind, { method: string; field: string }> = {
  tools: { method: "tools/list", field: "tools" },
  resources: { method: "resources/list", field: "resources" },
  resourceTemplates: { method: "resources/templates/list", field: "resourceTemplates" },
  prompts: { method: "prompts/list", field: "prompts" },
};

const KIND_BY_METHOD = new Map(Object.entries(LISTINGS).map(([kind, l]) => [l.method, kind as ListKind]));

/** A listing being paged through: the items so far and the cursor its next page must ask for. */
interface OpenListing {
  items: Record<string, unknown>[];
  next: string;
}

/**
 * The server's surface as a session saw it: the last answered initialize or server/discover, and per list the last
 * complete listing (every page, from the first request without a cursor to a page without
 * nextCursor). A listing interrupted by an error or a fresh first page is dropped, so a re-list
 * after list_changed replaces the earlier one only once it is complete.
 */
export function extractSurface(frames: readonly Frame[]): ServerSurface {
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  const surface: ServerSurface = { lists: {} };
  const open = new Map<ListKind, OpenListing>();

  for (const frame of frames) {
    if (frame.kind !== "message" || frame.dir !== "client->server" || !isRequest(frame)) continue;
    const result = resultOf(pairer.get(frame.seq)?.response);
    const method = frame.msg.method as string;
    if (method === "initialize") {
      if (result) surface.initialize = identityOf(result);
      continue;
    }
    // 2026-07-28 has no initialize: server/discover says the same things (who, in _meta; what it can do; instructions).
    if (method === "server/discover") {
      if (result) surface.initialize = discoverIdentity(result);
      continue;
    }
    const kind = KIND_BY_METHOD.get(method);
    if (!kind) continue;
    const cursor = asRecord(frame.msg.params)?.cursor;
    const listing = typeof cursor === "string" ? open.get(kind) : { items: [], next: "" };
    // A page nobody opened (a page-by-page view jumping in) or one that failed ends the listing.
    if (!listing || (typeof cursor === "string" && listing.next !== cursor) || !result) {
      open.delete(kind);
      continue;
    }
    const items = result[LISTINGS[kind].field];
    if (Array.isArray(items)) listing.items.push(...items.filter(isRecord));
    const next = result.nextCursor;
    if (typeof next === "string") {
      open.set(kind, { items: listing.items, next });
    } else {
      open.delete(kind);
      surface.lists[kind] = listing.items;
    }
  }
  return surface;
}

function identityOf(result: Record<string, unknown>): ServerIdentity {
  const { serverInfo, protocolVersion, capabilities, instructions } = result;
  return { serverInfo, protocolVersion, capabilities, instructions };
}

function discoverIdentity(result: Record<string, unknown>): ServerIdentity {
  const { capabilities, instructions, supportedVersions } = result;
  return { serverInfo: asRecord(result._meta)?.["io.modelcontextprotocol/serverInfo"], supportedVersions, capabilities, instructions };
}

function resultOf(response: MessageFrame | undefined): Record<string, unknown> | undefined {
  return response ? asRecord(response.msg.result) : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
