/** A request the server sent to the client that a person answers (or a rule answers for them). */
export type ClientRequestKind = "sampling" | "elicitation";
export type ClientRequestStatus = "pending" | "answered" | "rejected" | "expired" | "cancelled";

export interface ClientRequest {
  /** Ours, unique for the page. */
  id: number;
  kind: ClientRequestKind;
  /** The server's name (from initialize) when the request arrived. */
  server: string;
  /** The JSON-RPC id the server gave the request. */
  rpcId?: string | number;
  params: Record<string, unknown>;
  /** Date.now() when it arrived. */
  receivedAt: number;
  /** Unanswered for this long, it expires. */
  timeoutMs: number;
  status: ClientRequestStatus;
  /** Who answered: the person, or a remembered rule. */
  answeredBy?: "person" | "rule";
  /** What was sent back: the result, or the JSON-RPC error. */
  result?: unknown;
  error?: { code: number; message: string };
  /** Why it was cancelled (the server cancelled it, the process ended). */
  reason?: string;
}

export function isExpired(request: Pick<ClientRequest, "receivedAt" | "timeoutMs">, now: number): boolean {
  return now - request.receivedAt >= request.timeoutMs;
}

/** Only a pending request within its time may be answered. */
export function canAnswer(request: ClientRequest, now: number): boolean {
  return request.status === "pending" && !isExpired(request, now);
}

/** "4 s", "2 min 5 s": how long ago it arrived. */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m} min` : `${m} min ${s % 60} s`;
}

/** Seconds left before it expires, never negative. */
export function secondsLeft(request: Pick<ClientRequest, "receivedAt" | "timeoutMs">, now: number): number {
  return Math.max(0, Math.ceil((request.receivedAt + request.timeoutMs - now) / 1000));
}
