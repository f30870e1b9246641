import type { ClientExtension } from "../../../client/client-extension";
import type { TaskRunStore } from "./task-store";

/**
 * Task status notifications into this server's task runs. Optional in the spec (polling stays the
 * source of truth; a 2025-11-25 notification, not part of the v2 SDK's typed methods), but it makes status changes show at once.
 */
export function taskStatusExtension(taskRuns: TaskRunStore): ClientExtension {
  return {
    // The SDK is loaded already when a client exists (this resolves at once); imported statically, its schemas
    // would ride in the page's first chunk. No notification can come before the handshake this registration precedes.
    register: (client) =>
      void import("@modelcontextprotocol/client").then(({ specTypeSchemas }) =>
        client.setNotificationHandler("notifications/tasks/status", { params: specTypeSchemas.Task }, (task) => taskRuns.taskSeen(task)),
      ),
  };
}
