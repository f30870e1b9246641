import type { Client } from "@modelcontextprotocol/client";
import { clientTaskApi, runToolTask } from "./run-tool-task";
import type { TaskRunStore } from "./task-store";

/** "Run as task": records the run and drives it to its end in the background. */
export function startTaskRun(taskRuns: TaskRunStore, client: Client, server: string, tool: string, args: Record<string, unknown>): number {
  const run = taskRuns.start(server, tool, args);
  void runToolTask(clientTaskApi(client), taskRuns, run.id, tool, args);
  return run.id;
}
