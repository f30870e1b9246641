import type { SessionParts } from "../client/useMcpSession";
import { ClientRequestStore, clientRequestsExtension } from "../features/client-requests";
import { TaskRunStore, taskStatusExtension } from "../features/tools";
import { appsExtension } from "../features/apps";

export interface ServerStores {
  /** Sampling/elicitation requests waiting for the person. */
  requests: ClientRequestStore;
  /** "Run as task" runs. */
  taskRuns: TaskRunStore;
}

/** The features that join one server's session, each with its own store for that server. */
export function createSessionParts(): SessionParts<ServerStores> {
  const requests = new ClientRequestStore();
  const taskRuns = new TaskRunStore();
  return { stores: { requests, taskRuns }, extensions: [clientRequestsExtension(requests), taskStatusExtension(taskRuns), appsExtension()] };
}
