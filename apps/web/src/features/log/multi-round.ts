import type { MessageFrame } from "@mcp-inspect/core";

/**
 * A 2026-07-28 multi-round-trip request: the server answers `input_required` (with `inputRequests` and an opaque
 * `requestState`), the client gathers the answers and sends the request again with `inputResponses` and the same
 * `requestState`, until a final result. One operation, several exchanges: `rounds` holds each round's request in
 * order (shared by the exchanges of the operation and grown in place).
 */
export interface MultiRoundOperation {
  rounds: MessageFrame[];
  /** The answer that ended it (the last round's response, not input_required). */
  final?: MessageFrame;
}

type Params = { name?: unknown; uri?: unknown; requestState?: unknown; inputResponses?: unknown } | undefined;

/** The answer asks for input: the round that must be retried. */
export function asksForInput(response: MessageFrame): boolean {
  const result = response.msg.result as { resultType?: unknown } | undefined;
  return result?.resultType === "input_required";
}

/** The requestState an input_required answer carries ("" when it has none: the spec makes it optional). */
export function stateOf(response: MessageFrame): string {
  const state = (response.msg.result as { requestState?: unknown } | undefined)?.requestState;
  return typeof state === "string" ? state : "";
}

/** A request that answers an earlier round: it carries inputResponses or a requestState. */
export function isRetry(request: MessageFrame): boolean {
  const params = request.msg.params as Params;
  return params?.inputResponses !== undefined || params?.requestState !== undefined;
}

/**
 * What ties a retry to the round it answers: the method, what it names (tool, prompt, resource) and the
 * requestState, which the client must echo unchanged (a changed one breaks the chain, and Checks says so).
 */
export function roundKey(request: MessageFrame, state: string): string {
  const params = request.msg.params as Params;
  const target = typeof params?.name === "string" ? params.name : typeof params?.uri === "string" ? params.uri : "";
  return JSON.stringify([request.msg.method, target, state]);
}

/** First request to final answer: what the person waited for, input rounds included. */
export function operationDurationMs(operation: MultiRoundOperation): number | undefined {
  const first = operation.rounds[0];
  return first && operation.final ? operation.final.t - first.t : undefined;
}
