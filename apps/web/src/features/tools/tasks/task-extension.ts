import { TaskStatusNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import type { ClientExtension } from "../../../client/client-extension";
import type { TaskRunStore } from "./task-store";

/**
 * Task status notifications into this server's task runs. Optional in the spec (polling stays the
 * source of truth), but it makes status changes show at once.
 */
export function taskStatusExtension(taskRuns: TaskRunStore): ClientExtension {
  return {
    register: (client) => client.setNotificationHandler(TaskStatusNotificationSchema, (notification) => taskRuns.taskSeen(notification.params)),
  };
}
