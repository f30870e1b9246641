import { specTypeSchemas } from "@modelcontextprotocol/client";
import type { ClientExtension } from "../../../client/client-extension";
import type { TaskRunStore } from "./task-store";

/**
 * Task status notifications into this server's task runs. Optional in the spec (polling stays the
 * source of truth; a 2025-11-25 notification, not part of the v2 SDK's typed methods), but it makes status changes show at once.
 */
export function taskStatusExtension(taskRuns: TaskRunStore): ClientExtension {
  return {
    register: (client) => client.setNotificationHandler("notifications/tasks/status", { params: specTypeSchemas.Task }, (task) => taskRuns.taskSeen(task)),
  };
}
