import type { Task } from "@modelcontextprotocol/client";
import { withTask, type TaskRun } from "./task-run";

/** One server's task runs (in memory), observable for useSyncExternalStore. */
export class TaskRunStore {
  #runs: TaskRun[] = [];
  readonly #listeners = new Set<() => void>();
  #nextId = 1;

  get = (): readonly TaskRun[] => this.#runs;

  find(id: number): TaskRun | undefined {
    return this.#runs.find((r) => r.id === id);
  }

  start(server: string, tool: string, args: Record<string, unknown>, now = Date.now()): TaskRun {
    const run: TaskRun = { id: this.#nextId++, server, tool, args, startedAt: now };
    this.#runs = [run, ...this.#runs];
    this.#changed();
    return run;
  }

  update(id: number, patch: Partial<TaskRun>): void {
    this.#runs = this.#runs.map((r) => {
      if (r.id !== id) return r;
      const { task, ...rest } = patch;
      const next = { ...r, ...rest };
      return task ? withTask(next, task) : next;
    });
    this.#changed();
  }

  /** A `notifications/tasks/status` (or a tasks/list row) for a task we started. */
  taskSeen(task: Task): void {
    const run = this.#runs.find((r) => r.task?.taskId === task.taskId);
    if (run) this.update(run.id, { task });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

/** The store outside a live session (component tests); each live server's session has its own. */
export const taskRuns = new TaskRunStore();
