// Builds the dual-era demo server: one McpServer per serving unit (a stdio connection, or an HTTP request), the same
// tools, resources and prompts in the 2026-07-28 era (server/discover, _meta envelope, input_required, listen
// streams, cache hints) and in the 2025 era (initialize, server->client requests through the SDK's legacy shim).
import { McpServer, type McpRequestContext } from "@modelcontextprotocol/server";
import packageJson from "../../package.json" with { type: "json" };
import { createDualEraApp, type DualEraApp } from "./app.js";
import { registerChangeTools } from "./change-tools.js";
import { registerInputTools } from "./input-tools.js";
import { registerPlainTools } from "./plain-tools.js";
import { registerPrompts } from "./prompts.js";
import { registerResources } from "./resources.js";
import { registerTasks, TASKS_EXTENSION } from "./tasks.js";

export const DUAL_ERA_SERVER_NAME = "mcp-inspect-demo-v2";

const INSTRUCTIONS = [
  "This is the mcp-inspect dual-era demo server (v2 SDK): a test fixture, not a real service.",
  "It speaks 2026-07-28 (server/discover, per-request _meta, input_required, subscriptions/listen, cache hints)",
  "and the 2025 era (initialize) from one factory. Nothing it does has side effects outside this process.",
].join(" ");

/** The factory serveStdio (or createMcpHandler) calls: `serveStdio((ctx) => createDualEraDemoServer(ctx, app))`. */
export function createDualEraDemoServer(ctx: McpRequestContext, app: DualEraApp = createDualEraApp()): McpServer {
  const server = new McpServer(
    { name: DUAL_ERA_SERVER_NAME, title: "mcp-inspect dual-era demo server", version: packageJson.version ?? "0.1.0" },
    {
      capabilities: {
        tools: { listChanged: true },
        resources: { subscribe: true, listChanged: true },
        prompts: { listChanged: true },
        logging: {},
        extensions: { [TASKS_EXTENSION]: {} },
      },
      instructions: INSTRUCTIONS,
      // ttlMs/cacheScope for the results the SDK builds itself (2026-07-28 only; 2025 answers never carry them).
      cacheHints: {
        "server/discover": { ttlMs: 60_000, cacheScope: "public" },
        "tools/list": { ttlMs: 10_000, cacheScope: "public" },
        "prompts/list": { ttlMs: 60_000, cacheScope: "public" },
        "resources/list": { ttlMs: 5_000, cacheScope: "private" },
        "resources/templates/list": { ttlMs: 60_000, cacheScope: "public" },
      },
      // Tampered or expired state is refused with -32602 before book_trip runs.
      requestState: { verify: app.tripCodec.verify },
    },
  );
  registerPlainTools(server, ctx.era);
  registerInputTools(server, app.tripCodec);
  const counterChanged = registerResources(server, ctx.era, app);
  registerChangeTools(server, app, counterChanged);
  registerPrompts(server);
  registerTasks(server, app.tasks);
  return server;
}
