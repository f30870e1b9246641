import type { MessageFrame } from "../frame";
import { isObject, type OpenRequest, type PendingInput, type ProcessState } from "./checker-state";
import { INPUT_REQUIRED_METHODS, paramsOf, requestLabel } from "./envelope";
import { finding, preview } from "./finding";
import { once } from "./modern-request-checks";
import type { Finding } from "./types";

/** What each kind of input request needs the client to have declared, and the deprecation it is (2026-07-28). */
const INPUT_KINDS = new Map<unknown, { capability: string; deprecated?: "deprecated/sampling" | "deprecated/roots" }>([
  ["elicitation/create", { capability: "elicitation" }],
  ["sampling/createMessage", { capability: "sampling", deprecated: "deprecated/sampling" }],
  ["roots/list", { capability: "roots", deprecated: "deprecated/roots" }],
]);

/**
 * An `input_required` result (multi round-trip requests): allowed on this request, well formed, asking only for what
 * the client declared. Remembered, so the retry can be checked against it.
 */
export function inputRequiredFindings(state: ProcessState, frame: MessageFrame, request: OpenRequest, result: Record<string, unknown>): Finding[] {
  const about = frame.seq;
  const label = requestLabel(request.method, request.frame.msg);
  if (!INPUT_REQUIRED_METHODS.has(request.method)) {
    return [finding("mrtr/input-required-not-allowed", `${request.method} was answered input_required; only tools/call, prompts/get and resources/read may be`, { about, path: "/result/resultType" })];
  }
  const out: Finding[] = [];
  const { inputRequests, requestState } = result;
  if (inputRequests === undefined && requestState === undefined) {
    out.push(finding("mrtr/input-requests-malformed", `input_required result of ${label} has neither inputRequests nor requestState`, { about, path: "/result" }));
  }
  if (requestState !== undefined && typeof requestState !== "string") {
    out.push(finding("mrtr/input-requests-malformed", `input_required result of ${label}: requestState is ${preview(requestState)}, not a string`, { about, path: "/result/requestState" }));
  }
  const keys: string[] = [];
  if (inputRequests !== undefined && !isObject(inputRequests)) {
    out.push(finding("mrtr/input-requests-malformed", `input_required result of ${label}: inputRequests is ${preview(inputRequests)}, not a map of requests`, { about, path: "/result/inputRequests" }));
  } else if (inputRequests) {
    for (const [key, asked] of Object.entries(inputRequests)) {
      keys.push(key);
      const path = `/result/inputRequests/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const method = isObject(asked) ? asked.method : undefined;
      const kind = INPUT_KINDS.get(method);
      if (!kind) {
        out.push(finding("mrtr/input-requests-malformed", `input_required result of ${label}: inputRequests[${preview(key)}] is ${preview(asked)}; each must be an elicitation/create, sampling/createMessage or roots/list request`, { about, path }));
        continue;
      }
      if (request.clientCaps && request.clientCaps[kind.capability] === undefined) {
        out.push(finding("mrtr/input-request-undeclared", `input_required result of ${label} asks ${String(method)} (inputRequests[${preview(key)}]), but the request's clientCapabilities do not declare "${kind.capability}"`, { about, path }));
      }
      if (kind.deprecated) out.push(...once(state, kind.deprecated, `${label} asked the client for ${String(method)}`, about, path));
    }
  }
  const pending: PendingInput = { seq: frame.seq, requestState: typeof requestState === "string" ? requestState : undefined, keys, label };
  const list = state.pendingInput.get(label) ?? [];
  list.push(pending);
  state.pendingInput.set(label, list);
  return out;
}

/**
 * A client request that carries inputResponses or requestState is the retry of an input_required answer to the same
 * request: its requestState must be that answer's, byte for byte (or absent when the answer had none).
 */
export function retryFindings(state: ProcessState, frame: MessageFrame, method: string): Finding[] {
  const params = paramsOf(frame.msg);
  if (!INPUT_REQUIRED_METHODS.has(method) || (params.inputResponses === undefined && params.requestState === undefined)) return [];
  const label = requestLabel(method, frame.msg);
  const sent = params.requestState;
  const list = state.pendingInput.get(label) ?? [];
  const exact = list.findIndex((p) => p.requestState === sent);
  const about = frame.seq;
  const path = "/params/requestState";
  if (exact >= 0) {
    list.splice(exact, 1);
    return [];
  }
  const earlier = list.shift();
  if (!earlier) {
    if (sent === undefined) return [];
    return [finding("mrtr/request-state-changed", `retry of ${label} carries requestState ${preview(sent)}, but no input_required result of it gave one`, { about, path })];
  }
  if (earlier.requestState === undefined) {
    return [finding("mrtr/request-state-changed", `retry of ${label} carries requestState ${preview(sent)}, but the input_required result (frame ${earlier.seq}) had none`, { about, path })];
  }
  if (sent === undefined) {
    return [finding("mrtr/request-state-changed", `retry of ${label} omits the requestState of the input_required result (frame ${earlier.seq})`, { about, path: "/params" })];
  }
  return [finding("mrtr/request-state-changed", `retry of ${label} sends requestState ${preview(sent)}, not the ${preview(earlier.requestState)} of the input_required result (frame ${earlier.seq})`, { about, path })];
}

/** input_required results that asked for input and were never retried. */
export function unretriedFindings(state: ProcessState): Finding[] {
  const out: Finding[] = [];
  for (const list of state.pendingInput.values()) {
    for (const pending of list) {
      if (pending.keys.length === 0) continue;
      out.push(finding("mrtr/never-retried", `${pending.label} asked for ${pending.keys.map((k) => JSON.stringify(k)).join(", ")} and was never retried`, { about: pending.seq }));
    }
  }
  state.pendingInput.clear();
  return out;
}
