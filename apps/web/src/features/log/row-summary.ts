export type RowTone = "request" | "result" | "error" | "notification" | "warning" | "process" | "process-bad";

/** What one row of the message log says, derived from its frame and its request/response pairing. */
export interface LogRowSummary {
  /** "→" client to server, "←" server to client, "" for non-messages and app messages (see `app`). */
  arrow: "→" | "←" | "";
  /** The method, "result <method>" / "error <method>", "stdout (not JSON-RPC)", "check <rule>", or the process event. */
  label: string;
  id?: string | number;
  durationMs?: number;
  /** Short extra text: the noise line and reason, the process details, a check's message. */
  detail?: string;
  tone: RowTone;
  /** For a message between an MCP App and the inspector as its host: "app → host" / "host → app", and which app. */
  app?: { dir: string; ref: string };
}
