import type { JsonRpcMessage } from "@mcp-inspect/core";

/**
 * What an `InspectSession` drives: a stdio child process or a remote server reached by URL.
 * A target turns everything it sees into frames through the `emit` it was created with.
 */
export interface Target {
  start(): void;
  /** Hands a client message to the server. Returns false when nothing is running to take it. */
  send(message: JsonRpcMessage): boolean;
  /** Stops (or disconnects from) the server; resolves once it is gone. */
  stop(): Promise<void>;
  readonly running: boolean;
  /** The last lines the server wrote to stderr, for error messages; empty for remote targets. */
  stderrTail(): string[];
}
