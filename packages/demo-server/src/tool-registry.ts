// The live tool table: tools can be added and removed at runtime, which drives tools/list_changed.
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { paginate } from "./pagination.js";
import type { DemoTool } from "./tool-kit.js";

export class ToolRegistry {
  private readonly tools = new Map<string, DemoTool>();

  add(tool: DemoTool): void {
    this.tools.set(tool.definition.name, tool);
  }

  remove(name: string): boolean {
    return this.tools.delete(name);
  }

  has(name: string): boolean {
    return this.tools.has(name);
  }

  get(name: string): DemoTool | undefined {
    return this.tools.get(name);
  }

  definitions(): Tool[] {
    return [...this.tools.values()].map((tool) => tool.definition);
  }
}

export function installToolHandlers(server: Server, registry: ToolRegistry, pageSize: number | undefined): void {
  server.setRequestHandler(ListToolsRequestSchema, (request) => {
    const page = paginate(registry.definitions(), request.params?.cursor, pageSize);
    return { tools: page.items, ...(page.nextCursor && { nextCursor: page.nextCursor }) };
  });
  server.setRequestHandler(CallToolRequestSchema, (request, extra) => {
    const tool = registry.get(request.params.name);
    // An unknown tool is a protocol error, not a tool result (spec: -32602).
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    return tool.run(request.params.arguments ?? {}, extra);
  });
}
