import type { Client } from "@modelcontextprotocol/client";
import { specTypeSchemas, type CallToolResult, type Task } from "@modelcontextprotocol/client";
import { describeError } from "../../../ui/describe-error";
import { isTerminal, pollDelay } from "./task-run";
import type { TaskRunStore } from "./task-store";

/** The task requests, as the runner needs them (a Client in the app, a fake in tests). */
export interface TaskApi {
  create(tool: string, args: Record<string, unknown>): Promise<Task>;
  get(taskId: string): Promise<Task>;
  result(taskId: string): Promise<CallToolResult>;
  cancel(taskId: string): Promise<Task>;
}

// tasks/result blocks until the task ends; a person may take a while to answer its elicitation.
const RESULT_TIMEOUT_MS = 30 * 60_000;

/** Raw requests with the SDK's schemas: the SDK's own helpers stop polling on input_required. */
export function clientTaskApi(client: Client): TaskApi {
  return {
    create: async (name, args) =>
      (await client.request({ method: "tools/call", params: { name, arguments: args, task: {} } }, specTypeSchemas.CreateTaskResult)).task,
    get: (taskId) => client.request({ method: "tasks/get", params: { taskId } }, specTypeSchemas.GetTaskResult),
    result: (taskId) => client.request({ method: "tasks/result", params: { taskId } }, specTypeSchemas.CallToolResult, { timeout: RESULT_TIMEOUT_MS }),
    cancel: (taskId) => client.request({ method: "tasks/cancel", params: { taskId } }, specTypeSchemas.CancelTaskResult),
  };
}

export async function listTasks(client: Client): Promise<Task[]> {
  const tasks: Task[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const result = await client.request({ method: "tasks/list", params: cursor ? { cursor } : {} }, specTypeSchemas.ListTasksResult);
    tasks.push(...result.tasks);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return tasks;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates the task, polls tasks/get at the server's pollInterval until it ends, and fetches
 * tasks/result. On input_required it asks tasks/result at once: that is how the server delivers the
 * requests it queued for the task (elicitation, sampling), which the person answers meanwhile.
 */
export async function runToolTask(api: TaskApi, store: TaskRunStore, runId: number, tool: string, args: Record<string, unknown>, wait = sleep): Promise<void> {
  let resultPromise: Promise<CallToolResult> | undefined;
  const fetchResult = () => (resultPromise ??= api.result(taskIdOf()));
  let task: Task;
  const taskIdOf = () => task.taskId;
  try {
    task = await api.create(tool, args);
    store.update(runId, { task });
    while (!isTerminal(store.find(runId)?.task?.status)) {
      if (task.status === "input_required") void fetchResult().catch(() => {});
      await wait(pollDelay(task));
      task = await api.get(task.taskId);
      store.update(runId, { task });
    }
    const status = store.find(runId)?.task?.status;
    if (status === "completed" || status === "failed") store.update(runId, { result: await fetchResult() });
  } catch (error) {
    store.update(runId, { error: describeError(error).text });
  }
}

/** tasks/cancel; the poll loop then sees the cancelled status. */
export async function cancelToolTask(api: TaskApi, store: TaskRunStore, runId: number): Promise<void> {
  const taskId = store.find(runId)?.task?.taskId;
  if (!taskId) return;
  store.update(runId, { cancelRequested: true });
  try {
    store.update(runId, { task: await api.cancel(taskId) });
  } catch (error) {
    store.update(runId, { error: `tasks/cancel failed: ${describeError(error).text}` });
  }
}
