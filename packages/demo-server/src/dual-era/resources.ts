// Resources with cache hints (ttlMs/cacheScope on reads in 2026-07-28), one that changes (demo://counter) and a
// template whose instances come and go (demo://notes/{id}), plus the 2025-era resources/subscribe bookkeeping.
import { ResourceTemplate, type McpRequestContext, type McpServer } from "@modelcontextprotocol/server";
import type { DualEraApp } from "./app.js";
import { COUNTER_URI } from "./state.js";

const README = [
  "# mcp-inspect dual-era demo server",
  "",
  "Built on the v2 SDK. It answers server/discover (2026-07-28) and initialize (2025 era) from one factory.",
  "Try book_trip for a multi-round-trip call, touch_resource while listening on demo://counter, add_note for list changes.",
].join("\n");

/** Announces that demo://counter changed, where this connection asked to hear it. */
export type CounterNotifier = () => Promise<void>;

export function registerResources(server: McpServer, era: McpRequestContext["era"], app: DualEraApp): CounterNotifier {
  const { state } = app;
  server.registerResource(
    "readme",
    "demo://readme",
    {
      title: "Read me",
      description: "What this server is; identical for everyone, so publicly cacheable for a minute.",
      mimeType: "text/markdown",
      // A per-resource hint wins over the server-wide resources/read hint; it is sent in 2026-07-28 only.
      cacheHint: { ttlMs: 60_000, cacheScope: "public" },
    },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: "text/markdown", text: README }] }),
  );

  server.registerResource(
    "counter",
    COUNTER_URI,
    {
      title: "Counter",
      description: "A number touch_resource increments; subscribe to see updates. Never served from a cache.",
      mimeType: "text/plain",
      cacheHint: { ttlMs: 0, cacheScope: "private" },
    },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: "text/plain", text: String(state.counter) }] }),
  );

  server.registerResource(
    "note",
    new ResourceTemplate("demo://notes/{id}", {
      list: () => ({
        resources: state.notes.map((_note, index) => ({ uri: `demo://notes/${index + 1}`, name: `note ${index + 1}`, mimeType: "text/plain" })),
      }),
    }),
    {
      title: "Note",
      description: "A note added with add_note; the list changes when one is added.",
      mimeType: "text/plain",
      cacheHint: { ttlMs: 5_000, cacheScope: "private" },
    },
    (uri, { id }) => {
      const note = state.notes[Number(id) - 1];
      if (note === undefined) throw new Error(`No note ${String(id)}`);
      return { contents: [{ uri: uri.href, mimeType: "text/plain", text: note }] };
    },
  );

  // 2025 era: the client subscribes per URI and updates go only to what it subscribed. 2026-07-28: no such verbs;
  // the client names URIs in its subscriptions/listen filter and serveStdio routes sendResourceUpdated onto that stream.
  const subscribed = new Set<string>();
  server.server.setRequestHandler("resources/subscribe", (request) => {
    subscribed.add(request.params.uri);
    return {};
  });
  server.server.setRequestHandler("resources/unsubscribe", (request) => {
    subscribed.delete(request.params.uri);
    return {};
  });
  return async () => {
    if (app.notifier) app.notifier.resourceUpdated(COUNTER_URI);
    else if (era === "modern" || subscribed.has(COUNTER_URI)) await server.server.sendResourceUpdated({ uri: COUNTER_URI });
  };
}
