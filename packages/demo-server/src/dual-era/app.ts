// What one process shares between the McpServer instances its entry builds: application state, the requestState key,
// the task store and, for per-request serving, where to announce changes.
import type { RequestStateCodec, ServerNotifier } from "@modelcontextprotocol/server";
import { createTripStateCodec, type TripState } from "./input-tools.js";
import { DualEraState } from "./state.js";
import { TaskStore } from "./tasks.js";

export interface DualEraApp {
  state: DualEraState;
  tripCodec: RequestStateCodec<TripState>;
  tasks: TaskStore;
  /**
   * Where changes are announced when instances live for one request (createMcpHandler: set it to `handler.notify`).
   * Unset on stdio, where serveStdio routes each instance's own notifications onto the connection's listen streams.
   */
  notifier?: ServerNotifier;
}

export function createDualEraApp(): DualEraApp {
  return { state: new DualEraState(), tripCodec: createTripStateCodec(), tasks: new TaskStore() };
}
