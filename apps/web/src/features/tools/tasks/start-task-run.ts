import type { Client } from "@modelcontextprotocol/client";
import { cancelToolTask, clientTaskApi, runToolTask } from "./run-tool-task";
import type { TaskRunStore } from "./task-store";

/** "Run as task": records the run and drives it to its end in the background, in the era the client speaks. */
export function startTaskRun(taskRuns: TaskRunStore, client: Client, server: string, tool: string, args: Record<string, unknown>): number {
  const run = taskRuns.start(server, tool, args);
  if (client.getProtocolEra() === "modern") {
    void (async () => {
      try {
        // The tasks extension (ext-tasks) loads with the first modern-era task, not with the page.
        const { modernTaskSession, runModernToolTask } = await import("./modern-tasks");
        await runModernToolTask(modernTaskSession(client), taskRuns, run.id, tool, args);
      } catch (error) {
        taskRuns.update(run.id, { error: error instanceof Error ? error.message : String(error) });
      }
    })();
  } else void runToolTask(clientTaskApi(client), taskRuns, run.id, tool, args);
  return run.id;
}

/** "Cancel task" on a run card. */
export async function cancelTaskRun(taskRuns: TaskRunStore, client: Client, runId: number): Promise<void> {
  if (client.getProtocolEra() === "modern") {
    const { cancelModernTask, modernTaskSession } = await import("./modern-tasks");
    return cancelModernTask(modernTaskSession(client), taskRuns, runId);
  }
  return cancelToolTask(clientTaskApi(client), taskRuns, runId);
}
