import type { Frame } from "../frame";
import { RequestPairer, isRequest } from "../pairing";
import {
  describeExchange,
  diffValues,
  matchableParams,
  normalise,
  responseOf,
  stableKey,
  type RecordedResponse,
  type ValueDiff,
} from "../fixture/index";

/** The requests compared as "the same call": listings are the surface, the handshake is not a call. */
export const CALL_METHODS: ReadonlySet<string> = new Set(["tools/call", "resources/read", "prompts/get", "completion/complete"]);

/** One call as a session made it; `response` is undefined when it was never answered. */
export interface SessionCall {
  seq: number;
  method: string;
  params?: Record<string, unknown>;
  response?: RecordedResponse;
  /** Method plus normalised params: equal keys are the same call. */
  key: string;
}

export type CallStatus = "same" | "differs" | "only-a" | "only-b";

export interface CallPair {
  /** e.g. "tools/call echo". */
  label: string;
  method: string;
  params?: Record<string, unknown>;
  status: CallStatus;
  a?: SessionCall;
  b?: SessionCall;
  /** Differences between the normalised responses (result or error); empty unless "differs". */
  diffs: ValueDiff[];
}

/** A session's calls in order, keyed by method and params with `_meta`, timestamps and key order normalised away. */
export function callsOf(frames: readonly Frame[]): SessionCall[] {
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  const calls: SessionCall[] = [];
  for (const frame of frames) {
    if (frame.kind !== "message" || frame.dir !== "client->server" || !isRequest(frame)) continue;
    const method = frame.msg.method as string;
    if (!CALL_METHODS.has(method)) continue;
    const params = frame.msg.params as Record<string, unknown> | undefined;
    const answer = pairer.get(frame.seq)?.response;
    const response = answer ? responseOf(answer.msg) : undefined;
    const key = `${method} ${stableKey(normalise(matchableParams(params)))}`;
    calls.push({ seq: frame.seq, method, ...(params ? { params } : {}), ...(response ? { response } : {}), key });
  }
  return calls;
}

/**
 * Pairs the same calls across two sessions: the n-th call with a key in A meets the n-th with that
 * key in B. Pairs follow A's order; calls only B made come last, in B's order.
 */
export function pairCalls(a: readonly SessionCall[], b: readonly SessionCall[]): CallPair[] {
  const queues = new Map<string, SessionCall[]>();
  for (const call of b) queues.set(call.key, [...(queues.get(call.key) ?? []), call]);
  const pairs: CallPair[] = [];
  const usedB = new Set<SessionCall>();
  for (const callA of a) {
    const callB = queues.get(callA.key)?.shift();
    if (!callB) {
      pairs.push({ ...describe(callA), status: "only-a", a: callA, diffs: [] });
      continue;
    }
    usedB.add(callB);
    const diffs = diffValues(normalise(callA.response), normalise(callB.response));
    pairs.push({ ...describe(callA), status: diffs.length ? "differs" : "same", a: callA, b: callB, diffs });
  }
  for (const callB of b) if (!usedB.has(callB)) pairs.push({ ...describe(callB), status: "only-b", b: callB, diffs: [] });
  return pairs;
}

function describe(call: SessionCall): Pick<CallPair, "label" | "method" | "params"> {
  return { label: describeExchange(call.method, call.params), method: call.method, ...(call.params ? { params: call.params } : {}) };
}
