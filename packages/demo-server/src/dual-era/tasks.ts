// Tasks as the io.modelcontextprotocol/tasks extension (SEP-2663), hand-written: the v2 server SDK routes the
// extension's method names but ships no task store. slow_task becomes a task when a 2026-07-28 request's client
// capabilities declare the extension: the call answers `resultType: "task"` at once, the work runs on, and the client
// polls tasks/get (status, then the result) or ends it with tasks/cancel. Other calls keep working meanwhile.
// Without the extension (and in the 2025 era) slow_task simply runs inside the call, with progress notifications.
import {
  CLIENT_CAPABILITIES_META_KEY,
  ProtocolError,
  ProtocolErrorCode,
  type CallToolResult,
  type McpServer,
  type ServerContext,
} from "@modelcontextprotocol/server";
import { randomUUID } from "node:crypto";
import * as z from "zod";

export const TASKS_EXTENSION = "io.modelcontextprotocol/tasks";
const TASK_TTL_MS = 10 * 60_000;
const POLL_INTERVAL_MS = 200;

type Status = "working" | "completed" | "failed" | "cancelled";

interface TaskRecord {
  taskId: string;
  status: Status;
  statusMessage?: string;
  createdAt: string;
  lastUpdatedAt: string;
  result?: CallToolResult;
  timer?: NodeJS.Timeout;
}

/** The tasks of one process; shared by the instances serveStdio builds, like the rest of the application state. */
export class TaskStore {
  private readonly tasks = new Map<string, TaskRecord>();

  /** Starts `steps` steps of `stepMs` each in the background and returns the new task. */
  start(steps: number, stepMs: number): TaskRecord {
    const now = new Date().toISOString();
    const task: TaskRecord = { taskId: randomUUID(), status: "working", statusMessage: `step 0 of ${steps}`, createdAt: now, lastUpdatedAt: now };
    let done = 0;
    const tick = () => {
      done += 1;
      this.touch(task, `step ${done} of ${steps}`);
      if (done < steps) task.timer = setTimeout(tick, stepMs);
      else {
        task.status = "completed";
        // The stored result is a whole 2026-07-28 tools/call result, so it carries its own resultType.
        task.result = { ...finished(steps), resultType: "complete" } as CallToolResult;
      }
    };
    task.timer = setTimeout(tick, stepMs);
    this.tasks.set(task.taskId, task);
    return task;
  }

  get(taskId: string): TaskRecord {
    const task = this.tasks.get(taskId);
    if (!task) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Unknown task: ${taskId}`);
    return task;
  }

  cancel(taskId: string): void {
    const task = this.get(taskId);
    if (task.status !== "working") throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Task ${taskId} is already ${task.status}`);
    clearTimeout(task.timer);
    task.status = "cancelled";
    this.touch(task, "cancelled by the client");
  }

  private touch(task: TaskRecord, message: string): void {
    task.statusMessage = message;
    task.lastUpdatedAt = new Date().toISOString();
  }
}

function finished(steps: number): CallToolResult {
  return { content: [{ type: "text", text: `slow_task finished ${steps} steps` }], structuredContent: { steps } };
}

/** The wire shape of a task: what tasks/get answers and, with resultType "task", what the creating call answers. */
function describe(task: TaskRecord): Record<string, unknown> {
  const { taskId, status, statusMessage, createdAt, lastUpdatedAt, result } = task;
  return { taskId, status, statusMessage, createdAt, lastUpdatedAt, ttlMs: TASK_TTL_MS, pollIntervalMs: POLL_INTERVAL_MS, ...(result && { result }) };
}

function clientWantsTasks(ctx: ServerContext): boolean {
  // RequestMetaEnvelope is typed `{}` in the 2.4.0 declarations, so read the key through a plain record.
  const envelope = ctx.mcpReq.envelope as Record<string, unknown> | undefined;
  const capabilities = envelope?.[CLIENT_CAPABILITIES_META_KEY] as { extensions?: Record<string, unknown> } | undefined;
  return capabilities?.extensions?.[TASKS_EXTENSION] !== undefined;
}

async function runInline(steps: number, stepMs: number, ctx: ServerContext): Promise<CallToolResult> {
  const progressToken = ctx.mcpReq._meta?.progressToken;
  for (let step = 1; step <= steps; step++) {
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    if (ctx.mcpReq.signal.aborted) return { isError: true, content: [{ type: "text", text: `slow_task cancelled after ${step - 1} steps` }] };
    if (progressToken !== undefined) {
      await ctx.mcpReq.notify({ method: "notifications/progress", params: { progressToken, progress: step, total: steps, message: `step ${step}` } });
    }
  }
  return finished(steps);
}

export function registerTasks(server: McpServer, store: TaskStore): void {
  server.registerTool(
    "slow_task",
    {
      title: "Slow task",
      description: "Takes `steps` x `stepMs`. A task (tasks/get, tasks/cancel) when the client declares io.modelcontextprotocol/tasks; otherwise inline, with progress.",
      inputSchema: z.object({
        steps: z.number().int().min(1).max(50).default(5).describe("How many steps"),
        stepMs: z.number().int().min(10).max(5000).default(300).describe("How long each step takes"),
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ steps, stepMs }, ctx) => {
      if (!clientWantsTasks(ctx)) return runInline(steps, stepMs, ctx);
      // A task handle instead of a tool result; the SDK passes a tools/call resultType other than "complete" through.
      return { resultType: "task", ...describe(store.start(steps, stepMs)) } as unknown as CallToolResult;
    },
  );
  const byId = { params: z.object({ taskId: z.string() }) };
  server.server.setRequestHandler("tasks/get", byId, ({ taskId }) => describe(store.get(taskId)));
  server.server.setRequestHandler("tasks/cancel", byId, ({ taskId }) => {
    store.cancel(taskId);
    return {};
  });
}
