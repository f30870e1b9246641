import type { Tool } from "@modelcontextprotocol/client";

/** How a tool may be called: "required" = only as a task, "optional" = either way, "none" = never as a task. */
export type TaskMode = "required" | "optional" | "none";

export const TASKS_EXTENSION = "io.modelcontextprotocol/tasks";

/**
 * 2025-11-25 has two layers: the server's `tasks.requests.tools.call` capability, then the tool's
 * `execution.taskSupport`. In 2026-07-28 tasks are an extension the server declares, and the server decides per
 * call whether a call becomes a task, so any tool may be run as one.
 */
export function toolTaskMode(capabilities: Record<string, unknown> | undefined, tool: Pick<Tool, "execution">, modern = false): TaskMode {
  if (modern) return hasTasksExtension(capabilities) ? "optional" : "none";
  const tasks = capabilities?.tasks as { requests?: { tools?: { call?: unknown } } } | undefined;
  if (!tasks?.requests?.tools?.call) return "none";
  const support = tool.execution?.taskSupport;
  return support === "required" || support === "optional" ? support : "none";
}

export function hasTasksExtension(capabilities: Record<string, unknown> | undefined): boolean {
  const extensions = capabilities?.["extensions"] as Record<string, unknown> | undefined;
  return extensions?.[TASKS_EXTENSION] !== undefined;
}

/** Whether the server answers tasks/list and tasks/cancel (the extension has no tasks/list; every task can be cancelled). */
export function serverTaskOps(capabilities: Record<string, unknown> | undefined, modern = false): { list: boolean; cancel: boolean } {
  if (modern) return { list: false, cancel: hasTasksExtension(capabilities) };
  const tasks = capabilities?.tasks as { list?: unknown; cancel?: unknown } | undefined;
  return { list: Boolean(tasks?.list), cancel: Boolean(tasks?.cancel) };
}
