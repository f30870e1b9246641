// @vitest-environment jsdom
import type { Task } from "@modelcontextprotocol/client";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithMantine } from "../../../../test-support/render";
import { TaskRunStore } from "../task-store";
import { TaskRunCard } from "../TaskRunCard";

const task = (status: Task["status"], statusMessage: string | undefined, at: number): Task =>
  ({ taskId: "t1", status, statusMessage, createdAt: new Date(0).toISOString(), lastUpdatedAt: new Date(at).toISOString(), ttl: null }) as Task;

function card(store: TaskRunStore) {
  cleanup();
  renderWithMantine(<TaskRunCard run={store.get()[0]!} canCancel onCancel={() => {}} />);
  return screen.queryByTestId("task-status-message")?.textContent;
}

describe("a task's status message", () => {
  afterEach(() => cleanup());

  it("is not shown once the task completed still carrying the message it had while working", () => {
    const store = new TaskRunStore();
    const run = store.start("srv", "long", {});
    store.update(run.id, { task: task("working", "Step 3 of 3", 1) });
    expect(card(store)).toBe("Step 3 of 3");
    store.taskSeen(task("completed", "Step 3 of 3", 2));
    store.update(run.id, { result: { content: [{ type: "text", text: "done" }] } });
    expect(card(store)).toBeUndefined();
  });

  it("is shown when the finished task says something new (a failure's reason)", () => {
    const store = new TaskRunStore();
    const run = store.start("srv", "long", {});
    store.update(run.id, { task: task("working", "Step 1 of 3", 1) });
    store.taskSeen(task("failed", "disk full", 2));
    expect(card(store)).toBe("disk full");
  });
});
