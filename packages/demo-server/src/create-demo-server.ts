// Builds the demo server: every MCP feature wired onto one SDK Server, ready for any transport.
// The low-level Server (not McpServer) is used on purpose: it allows paginated lists and hand-written JSON Schemas.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import packageJson from "../package.json" with { type: "json" };
import { clientRequestTools } from "./client-requests.js";
import { installCompletionHandler } from "./completions.js";
import type { DemoContext } from "./context.js";
import { DemoLogger } from "./logging.js";
import { PNG_BASE64 } from "./media.js";
import { mismatchTool } from "./mismatch-tool.js";
import { notificationTools } from "./notification-tools.js";
import { resolveOptions, type DemoServerOptions } from "./options.js";
import { orderTool } from "./order-tool.js";
import { processTools } from "./process-tools.js";
import { installPromptHandlers } from "./prompts.js";
import { ResourceStore, installResourceHandlers } from "./resources.js";
import { slowTaskTool } from "./slow-task.js";
import { ToolRegistry, installToolHandlers } from "./tool-registry.js";
import { basicTools } from "./tools.js";

export const SERVER_NAME = "mcp-inspect-demo";
export const SERVER_VERSION: string = packageJson.version ?? "0.1.0";

const INSTRUCTIONS = [
  "This is the mcp-inspect demo server: a test fixture, not a real service.",
  "Every tool, resource and prompt exists to exercise one part of the Model Context Protocol",
  "(structured output, progress and cancellation, errors, stdout noise, crashes, list changes,",
  "subscriptions, completions, logging, sampling, elicitation and roots). Nothing it does has side effects outside this process.",
].join(" ");

export function createDemoServer(options: DemoServerOptions = {}): Server {
  const resolved = resolveOptions(options);
  const server = new Server(
    {
      name: SERVER_NAME,
      title: "mcp-inspect demo server",
      version: SERVER_VERSION,
      description: "Exercises the whole Model Context Protocol for mcp-inspect.",
      icons: [{ src: `data:image/png;base64,${PNG_BASE64}`, mimeType: "image/png", sizes: ["16x16"] }],
    },
    {
      capabilities: {
        tools: { listChanged: true },
        resources: { subscribe: true, listChanged: true },
        prompts: { listChanged: true },
        logging: {},
        completions: {},
      },
      instructions: INSTRUCTIONS,
    },
  );
  const ctx: DemoContext = {
    server,
    logger: new DemoLogger(server),
    resources: new ResourceStore(),
    tools: new ToolRegistry(),
    options: resolved,
  };
  const tools = [
    ...basicTools(resolved.alter),
    orderTool(),
    mismatchTool(),
    slowTaskTool(ctx),
    ...processTools(ctx),
    ...notificationTools(ctx),
    ...clientRequestTools(ctx),
  ];
  for (const tool of tools) ctx.tools.add(tool);

  installToolHandlers(server, ctx.tools, resolved.pageSize);
  installResourceHandlers(server, ctx.resources, resolved.resourcePageSize);
  installPromptHandlers(server, resolved.pageSize);
  installCompletionHandler(server);

  // Logging is only allowed once the client has finished initializing, so the greeting waits for that.
  server.oninitialized = () => {
    const client = server.getClientVersion();
    void ctx.logger.log("info", `demo server initialized for ${client?.name ?? "an unknown client"}`, "lifecycle").catch(() => {});
  };
  return server;
}
