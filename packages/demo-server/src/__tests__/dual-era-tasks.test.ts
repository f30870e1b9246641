// slow_task as an io.modelcontextprotocol/tasks task on the 2026-07-28 wire: created at once, polled with tasks/get,
// cancelled with tasks/cancel, while other calls keep being answered.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { resultFromTaskOutcome, withTasks } from "@modelcontextprotocol/ext-tasks/client";
import { envelope, RawSession, rawTasksPort, requireBuiltServer, SPAWN_TIMEOUT_MS } from "./dual-era-harness.js";

let raw: RawSession | undefined;
beforeAll(requireBuiltServer);
afterEach(() => raw?.close());

const WITH_TASKS = { "io.modelcontextprotocol/clientCapabilities": { extensions: { "io.modelcontextprotocol/tasks": {} } } };

async function pollUntilDone(session: RawSession, taskId: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { result } = await session.request(`get-${attempt}`, "tasks/get", { taskId, _meta: envelope(WITH_TASKS) });
    const task = result as Record<string, unknown>;
    if (task["status"] !== "working") return task;
    await new Promise((resolve) => setTimeout(resolve, task["pollIntervalMs"] as number));
  }
  throw new Error("task never finished");
}

describe("dist/server-v2.js tasks extension", { timeout: SPAWN_TIMEOUT_MS }, () => {
  it("advertises the extension in server/discover", async () => {
    raw = new RawSession();
    const { result } = await raw.request(1, "server/discover", { _meta: envelope() });
    expect(result).toMatchObject({ capabilities: { extensions: { "io.modelcontextprotocol/tasks": {} } } });
  });

  it("answers slow_task with a task handle, serves other calls meanwhile, and hands over the result on tasks/get", async () => {
    raw = new RawSession();
    const created = (await raw.request(1, "tools/call", { name: "slow_task", arguments: { steps: 3, stepMs: 50 }, _meta: envelope(WITH_TASKS) }))[
      "result"
    ] as Record<string, unknown>;
    expect(created).toMatchObject({ resultType: "task", status: "working", taskId: expect.any(String), pollIntervalMs: expect.any(Number) });
    const meanwhile = await raw.request(2, "tools/call", { name: "echo", arguments: { message: "still here" }, _meta: envelope(WITH_TASKS) });
    expect(meanwhile["result"]).toMatchObject({ content: [{ type: "text", text: "still here" }] });
    const done = await pollUntilDone(raw, created["taskId"] as string);
    expect(done).toMatchObject({ resultType: "complete", status: "completed", result: { structuredContent: { steps: 3 } } });
  });

  it("cancels a running task with tasks/cancel and refuses an unknown one with -32602", async () => {
    raw = new RawSession();
    const created = (await raw.request(1, "tools/call", { name: "slow_task", arguments: { steps: 50, stepMs: 5000 }, _meta: envelope(WITH_TASKS) }))[
      "result"
    ] as Record<string, unknown>;
    const taskId = created["taskId"] as string;
    expect((await raw.request(2, "tasks/cancel", { taskId, _meta: envelope(WITH_TASKS) }))["result"]).toMatchObject({ resultType: "complete" });
    expect((await raw.request(3, "tasks/get", { taskId, _meta: envelope(WITH_TASKS) }))["result"]).toMatchObject({ status: "cancelled" });
    expect((await raw.request(4, "tasks/get", { taskId: "no-such-task", _meta: envelope(WITH_TASKS) }))["error"]).toMatchObject({ code: -32602 });
  });

  it("settles slow_task through an @modelcontextprotocol/ext-tasks session", async () => {
    raw = new RawSession();
    const session = withTasks(rawTasksPort(raw, WITH_TASKS["io.modelcontextprotocol/clientCapabilities"]));
    const execution = await session.callTool("slow_task", { steps: 2, stepMs: 50 });
    const { outcome } = await execution.settle();
    expect(resultFromTaskOutcome(outcome)).toMatchObject({ structuredContent: { steps: 2 } });
    await session.close();
  });

  it("runs slow_task inside the call for a client without the extension", async () => {
    raw = new RawSession();
    const answer = await raw.request(1, "tools/call", { name: "slow_task", arguments: { steps: 2, stepMs: 10 }, _meta: envelope() });
    expect(answer["result"]).toMatchObject({ resultType: "complete", structuredContent: { steps: 2 } });
  });
});
