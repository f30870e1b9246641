import type { Client, Task } from "@modelcontextprotocol/client";
import {
  createTaskSessionFromClient,
  TaskFailedError,
  type RawClientDispatch,
  type TaskEnabledSession,
  type TaskView,
} from "@modelcontextprotocol/ext-tasks/client";
import type { CallToolResult } from "@modelcontextprotocol/client";
import { taskId as asTaskId } from "@modelcontextprotocol/ext-tasks/core";
import { RelayTransport } from "../../../client/relay-transport";
import { describeError } from "../../../ui/describe-error";
import type { TaskRunStore } from "./task-store";

// A task's own requests (tasks/get, tasks/cancel) answer at once; the creating call too, with a task handle.
const REQUEST_TIMEOUT_MS = 60_000;

/** One extension session per client: ext-tasks adapts a client once, and runs of the same server share it. */
const sessions = new WeakMap<Client, TaskEnabledSession>();

/**
 * The io.modelcontextprotocol/tasks extension (2026-07-28) through `@modelcontextprotocol/ext-tasks`. The v2 client
 * refuses `resultType: "task"`, so the extension's requests go past it on the same relay transport (raw dispatch),
 * framed with the envelope the client itself sends plus the extension in the client capabilities. Only the calls
 * run as tasks declare the extension: an ordinary call of the same tool still runs inside the call.
 */
export function modernTaskSession(client: Client): TaskEnabledSession {
  const known = sessions.get(client);
  if (known) return known;
  const transport = client.transport;
  const framing = transport instanceof RelayTransport ? transport.modernFraming : undefined;
  if (!(transport instanceof RelayTransport) || !framing) throw new Error("Tasks need a connected 2026-07-28 session");
  const rawDispatch: RawClientDispatch = (request, options) =>
    transport.rawRequest(request as { method: string; params?: Record<string, unknown> }, {
      signal: options?.signal,
      timeoutMs: options?.context?.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    }) as ReturnType<RawClientDispatch>;
  const session = createTaskSessionFromClient(client, {
    endpointId: `mcp-inspect:${framing.clientInfo["name"] ?? "client"}`,
    rawDispatch,
    v2RequestFraming: framing as Parameters<typeof createTaskSessionFromClient>[1]["v2RequestFraming"] & object,
  });
  sessions.set(client, session);
  return session;
}

/** The extension's task view in the shape the run cards show (the 2025-11-25 Task). */
export function taskFromView(view: TaskView): Task {
  const now = new Date().toISOString();
  return {
    taskId: view.taskId,
    status: view.status,
    ...(view.statusMessage !== undefined && { statusMessage: view.statusMessage }),
    createdAt: view.createdAt ?? now,
    lastUpdatedAt: view.lastUpdatedAt ?? now,
    ttl: view.retentionMs,
    ...(view.suggestedPollIntervalMs !== undefined && { pollInterval: view.suggestedPollIntervalMs }),
  };
}

/**
 * Runs a tool as a task and follows it to its end: every status the extension observes updates the card, the
 * outcome sets its result (a failed task shows its error). A server may answer such a call at once, with no task.
 */
export async function runModernToolTask(session: TaskEnabledSession, store: TaskRunStore, runId: number, tool: string, args: Record<string, unknown>): Promise<void> {
  try {
    const execution = await session.callTool<CallToolResult>(tool, args as never, { task: { preference: "prefer" }, requestTimeoutMs: REQUEST_TIMEOUT_MS });
    const { outcome, lastTask } = await execution.settle({
      onEvent: (event) => {
        if (event.type === "task") store.update(runId, { task: taskFromView(event.task) });
      },
    });
    // The outcome is the truth: after a cancel the last view seen may still say "working".
    const task = outcome.task ?? lastTask;
    if (task) store.update(runId, { task: { ...taskFromView(task), status: outcome.status } });
    if (outcome.status === "completed") store.update(runId, { result: outcome.result, ...(execution.kind === "immediate" && { immediate: true }) });
    else if (outcome.status === "failed") store.update(runId, { error: describeFailure(outcome.error) });
  } catch (error) {
    store.update(runId, { error: describeError(error).text });
  }
}

function describeFailure(error: TaskFailedError): string {
  return `The task failed: ${error.message}`;
}

/** tasks/cancel through the extension; the run's settlement then reports the cancelled task. */
export async function cancelModernTask(session: TaskEnabledSession, store: TaskRunStore, runId: number): Promise<void> {
  const taskId = store.find(runId)?.task?.taskId;
  if (!taskId) return;
  store.update(runId, { cancelRequested: true });
  try {
    await session.cancelTask(asTaskId(taskId));
  } catch (error) {
    store.update(runId, { error: `tasks/cancel failed: ${describeError(error).text}` });
  }
}
