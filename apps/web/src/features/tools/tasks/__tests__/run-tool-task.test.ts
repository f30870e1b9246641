import type { Task } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import { cancelToolTask, runToolTask, type TaskApi } from "../run-tool-task";
import { isRunOver, mergeTask, pollDelay } from "../task-run";
import { TaskRunStore } from "../task-store";
import { serverTaskOps, toolTaskMode } from "../task-support";

const task = (status: Task["status"], at: number, extra: Partial<Task> = {}): Task => ({
  taskId: "t1", status, ttl: 1000, createdAt: new Date(0).toISOString(), lastUpdatedAt: new Date(at).toISOString(), pollInterval: 10, ...extra,
});

function fakeApi(statuses: Task["status"][]): TaskApi & { calls: string[] } {
  const calls: string[] = [];
  let i = 0;
  return {
    calls,
    create: async () => (calls.push("create"), task("working", 0)),
    get: async () => (calls.push("get"), task(statuses[Math.min(i++, statuses.length - 1)]!, i)),
    result: async () => (calls.push("result"), { content: [{ type: "text", text: "done" }] }),
    cancel: async () => (calls.push("cancel"), task("cancelled", 99)),
  };
}

describe("runToolTask", () => {
  it("polls tasks/get until completed, then fetches tasks/result", async () => {
    const store = new TaskRunStore();
    const run = store.start("s", "tool", {});
    const api = fakeApi(["working", "completed"]);
    await runToolTask(api, store, run.id, "tool", {}, async () => {});
    expect(api.calls).toEqual(["create", "get", "get", "result"]);
    expect(store.find(run.id)).toMatchObject({ task: { status: "completed" }, result: { content: [{ text: "done" }] } });
    expect(isRunOver(store.find(run.id)!)).toBe(true);
  });
  it("asks tasks/result at once on input_required (how queued requests reach the client)", async () => {
    const store = new TaskRunStore();
    const run = store.start("s", "tool", {});
    const api = fakeApi(["input_required", "working", "completed"]);
    await runToolTask(api, store, run.id, "tool", {}, async () => {});
    expect(api.calls.filter((c) => c === "result")).toHaveLength(1);
    expect(api.calls.indexOf("result")).toBeLessThan(api.calls.lastIndexOf("get"));
  });
  it("stops on cancel without asking for a result", async () => {
    const store = new TaskRunStore();
    const run = store.start("s", "tool", {});
    const api = fakeApi(["working"]);
    const running = runToolTask(api, store, run.id, "tool", {}, async () => {
      if (!store.find(run.id)?.cancelRequested) await cancelToolTask(api, store, run.id);
    });
    await running;
    expect(store.find(run.id)?.task?.status).toBe("cancelled");
    expect(api.calls).not.toContain("result");
  });
  it("records a refused creation as the run's error", async () => {
    const store = new TaskRunStore();
    const run = store.start("s", "tool", {});
    const api = { ...fakeApi([]), create: async () => Promise.reject(new Error("Method not found")) };
    await runToolTask(api, store, run.id, "tool", {});
    expect(store.find(run.id)?.error).toBe("Method not found");
  });
});

describe("task helpers", () => {
  it("keeps a terminal status over a late working one", () => {
    expect(mergeTask(task("completed", 5), task("working", 6)).status).toBe("completed");
    expect(mergeTask(task("working", 5), task("working", 3)).lastUpdatedAt).toBe(new Date(5).toISOString());
    expect(mergeTask(task("working", 5), task("cancelled", 3)).status).toBe("cancelled");
  });
  it("bounds the poll interval", () => {
    expect(pollDelay(task("working", 0, { pollInterval: 5 }))).toBe(250);
    expect(pollDelay(task("working", 0, { pollInterval: 2000 }))).toBe(2000);
    expect(pollDelay(undefined)).toBe(1000);
  });
  it("allows a task only when the server and the tool both do", () => {
    const caps = { tasks: { requests: { tools: { call: {} } } } };
    expect(toolTaskMode(caps, { execution: { taskSupport: "required" } })).toBe("required");
    expect(toolTaskMode(caps, { execution: { taskSupport: "optional" } })).toBe("optional");
    expect(toolTaskMode(caps, { execution: { taskSupport: "forbidden" } })).toBe("none");
    expect(toolTaskMode(caps, {})).toBe("none");
    expect(toolTaskMode({}, { execution: { taskSupport: "required" } })).toBe("none");
  });

  it("2026-07-28: any tool may run as a task when the server declares the extension, and it answers no tasks/list", () => {
    const modern = { extensions: { "io.modelcontextprotocol/tasks": {} } };
    expect(toolTaskMode(modern, {}, true)).toBe("optional");
    expect(toolTaskMode({ tasks: { requests: { tools: { call: {} } } } }, { execution: { taskSupport: "required" } }, true)).toBe("none");
    expect(serverTaskOps(modern, true)).toEqual({ list: false, cancel: true });
    expect(serverTaskOps({}, true)).toEqual({ list: false, cancel: false });
  });
});
