import type { Tool } from "@modelcontextprotocol/client";

/** The MIME type of an MCP App's HTML resource (the io.modelcontextprotocol/ui extension). */
export const APP_MIME_TYPE = "text/html;profile=mcp-app";
export const APPS_EXTENSION = "io.modelcontextprotocol/ui";

type UiMeta = { resourceUri?: unknown; visibility?: unknown };

function uiMeta(tool: Pick<Tool, "_meta">): UiMeta | undefined {
  const ui = tool._meta?.["ui"];
  return typeof ui === "object" && ui !== null ? (ui as UiMeta) : undefined;
}

/** The `ui://` resource a tool shows its result in (`_meta.ui.resourceUri`, or the deprecated flat key), if any. */
export function appResourceUri(tool: Pick<Tool, "_meta">): string | undefined {
  const uri = uiMeta(tool)?.resourceUri ?? tool._meta?.["ui/resourceUri"];
  return typeof uri === "string" && uri.startsWith("ui://") ? uri : undefined;
}

/** Who may call a tool: the model (the Tools list), apps, or both (no `visibility` means both). */
export function toolVisibility(tool: Pick<Tool, "_meta">): { model: boolean; app: boolean } {
  const visibility = uiMeta(tool)?.visibility;
  if (!Array.isArray(visibility)) return { model: true, app: true };
  return { model: visibility.includes("model"), app: visibility.includes("app") };
}

/** Why an app may not call `name`, or undefined when it may (a tool visible to apps, which the server lists). */
export function appCallRefusal(name: string, tools: readonly Pick<Tool, "name" | "_meta">[] | undefined): string | undefined {
  if (!tools) return undefined; // the list is not known yet: let the server answer
  const tool = tools.find((t) => t.name === name);
  if (!tool) return `The server lists no tool "${name}"`;
  if (!toolVisibility(tool).app) return `Tool "${name}" is not visible to apps (its _meta.ui.visibility leaves out "app")`;
  return undefined;
}
