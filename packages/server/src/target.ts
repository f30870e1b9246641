import type { JsonRpcMessage } from "@mcp-inspect/core";

/**
 * What an `InspectSession` drives: a stdio child process or a remote server reached by URL.
 * A target turns everything it sees into frames through the `emit` it was created with.
 */
export interface Target {
  start(): void;
  /**
   * Hands a client message to the server. Returns false when nothing is running to take it. `text` is the
   * message already serialised (UTF-8 JSON, no newline): a stdio target writes those bytes, not a second copy.
   */
  send(message: JsonRpcMessage, text?: Uint8Array): boolean;
  /** Stops (or disconnects from) the server; resolves once it is gone. */
  stop(): Promise<void>;
  readonly running: boolean;
  /** The last lines the server wrote to stderr, for error messages; empty for remote targets. */
  stderrTail(): string[];
  /** Remote targets: the headers sent with every request, values masked. */
  headers?(): Record<string, string>;
  /**
   * Remote targets: sets (string) or removes (null) headers for the next connection, logs the change
   * with masked values, and returns the masked result. The caller restarts the connection.
   */
  setHeaders?(changes: Record<string, string | null>): Record<string, string>;
}
