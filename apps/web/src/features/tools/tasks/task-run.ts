import type { CallToolResult, Task } from "@modelcontextprotocol/client";

export type TaskStatus = Task["status"];

/** One "Run as task" of a tool, as the UI shows it. */
export interface TaskRun {
  /** Ours, unique for the page. */
  id: number;
  server: string;
  tool: string;
  args: Record<string, unknown>;
  /** Date.now() when it was sent. */
  startedAt: number;
  /** The server's task, once created (and as last seen by tasks/get or a status notification). */
  task?: Task;
  /** tasks/result of a completed or failed task. */
  result?: CallToolResult;
  /** What went wrong on our side (creation refused, tasks/get failed, tasks/result errored). */
  error?: string;
  /** The server answered the call at once instead of creating a task (2026-07-28 lets it choose). */
  immediate?: boolean;
  /** Cancellation asked (tasks/cancel sent). */
  cancelRequested?: boolean;
  /** The statusMessage last seen while the task was still working (to tell a stale one at the end). */
  workingMessage?: string;
}

export const TERMINAL: readonly TaskStatus[] = ["completed", "failed", "cancelled"];

export function isTerminal(status: TaskStatus | undefined): boolean {
  return status !== undefined && TERMINAL.includes(status);
}

/** A run is over once its task is terminal and any result it has is fetched, or it failed on our side. */
export function isRunOver(run: TaskRun): boolean {
  if (run.error !== undefined || run.immediate) return true;
  if (!run.task || !isTerminal(run.task.status)) return false;
  return run.task.status === "cancelled" || run.result !== undefined;
}

/** A newer view of the task wins; an older one (a late tasks/get after a notification) is ignored. */
export function mergeTask(current: Task | undefined, next: Task): Task {
  if (!current || current.taskId !== next.taskId) return next;
  if (isTerminal(current.status) && !isTerminal(next.status)) return current;
  return Date.parse(next.lastUpdatedAt) >= Date.parse(current.lastUpdatedAt) || isTerminal(next.status) ? next : current;
}

/** How long to wait before the next tasks/get: the server's pollInterval, within sane bounds. */
export function pollDelay(task: Task | undefined, fallbackMs = 1000): number {
  const interval = task?.pollInterval ?? fallbackMs;
  return Math.min(Math.max(interval, 250), 30_000);
}

/**
 * The status message worth showing: a finished task that still carries the message it had while
 * working ("Step 3 of 5") would show stale progress as its outcome, so that one is not shown.
 */
export function shownStatusMessage(run: TaskRun): string | undefined {
  const message = run.task?.statusMessage;
  if (!message) return undefined;
  if (isTerminal(run.task!.status) && message === run.workingMessage) return undefined;
  return message;
}

/** The run after a newer view of its task: merged, remembering the last message seen while working. */
export function withTask(run: TaskRun, next: Task): TaskRun {
  const task = mergeTask(run.task, next);
  const workingMessage = isTerminal(task.status) ? run.workingMessage : task.statusMessage;
  return { ...run, task, workingMessage };
}
