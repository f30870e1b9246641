import type { Tool } from "@modelcontextprotocol/client";
import { toolAppUri, toolAppVisibility } from "@mcp-inspect/core";

export { APP_MIME_TYPE, APPS_EXTENSION } from "@mcp-inspect/core";

/** The `ui://` resource a tool shows its result in, if any (another scheme is a finding, and nothing to render). */
export function appResourceUri(tool: Pick<Tool, "_meta">): string | undefined {
  const uri = toolAppUri(tool._meta);
  return uri?.startsWith("ui://") ? uri : undefined;
}

/** Who may call a tool: the model (the Tools list), apps, or both (no `visibility` means both). */
export function toolVisibility(tool: Pick<Tool, "_meta">): { model: boolean; app: boolean } {
  const visibility = toolAppVisibility(tool._meta);
  if (!visibility) return { model: true, app: true };
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
