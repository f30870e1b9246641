import type { Tool } from "@modelcontextprotocol/client";

/** How a tool may be called: "required" = only as a task, "optional" = either way, "none" = never as a task. */
export type TaskMode = "required" | "optional" | "none";

/** The spec's two layers: the server's `tasks.requests.tools.call` capability, then the tool's `execution.taskSupport`. */
export function toolTaskMode(capabilities: Record<string, unknown> | undefined, tool: Pick<Tool, "execution">): TaskMode {
  const tasks = capabilities?.tasks as { requests?: { tools?: { call?: unknown } } } | undefined;
  if (!tasks?.requests?.tools?.call) return "none";
  const support = tool.execution?.taskSupport;
  return support === "required" || support === "optional" ? support : "none";
}

/** Whether the server answers tasks/list and tasks/cancel. */
export function serverTaskOps(capabilities: Record<string, unknown> | undefined): { list: boolean; cancel: boolean } {
  const tasks = capabilities?.tasks as { list?: unknown; cancel?: unknown } | undefined;
  return { list: Boolean(tasks?.list), cancel: Boolean(tasks?.cancel) };
}
