// What every tool factory gets, so tool files do not reach into each other.
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import type { DemoLogger } from "./logging.js";
import type { ResolvedOptions } from "./options.js";
import type { ResourceStore } from "./resources.js";
import type { ToolRegistry } from "./tool-registry.js";

export interface DemoContext {
  server: Server;
  logger: DemoLogger;
  resources: ResourceStore;
  tools: ToolRegistry;
  options: ResolvedOptions;
}
