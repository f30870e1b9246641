import type { MessageFrame } from "../frame";
import { appsResponseFindings } from "./apps-checks";
import { capabilityFindings } from "./capability-checks";
import { isObject, other, requestKey, type CheckContext, type OpenRequest, type ProcessState } from "./checker-state";
import { finding, preview } from "./finding";
import { lifecycleFindings, onInitializeResult } from "./lifecycle-checks";
import { toolCallFindings, toolListFindings } from "./tool-checks";
import type { Finding } from "./types";
import { wireFindings } from "./wire-checks";
import { envelopeVersion, isModernVersion } from "./envelope";
import { envelopeCaps, initializeFindings, modernRequestFindings, serverRequestFindings } from "./modern-request-checks";
import { modernErrorFindings, modernResultFindings } from "./modern-result-checks";
import { inputRequiredFindings, retryFindings } from "./mrtr-checks";
import { subscriptionFindings } from "./subscription-checks";

export type { CheckContext } from "./checker-state";

/**
 * Methods whose response waits by design, so their duration says nothing about the server's speed:
 * tasks/result "MUST block the response until the task reaches a terminal status" (2025-11-25, basic/utilities/tasks);
 * subscriptions/listen (2026-07-28) is answered only when the subscription ends.
 */
const BLOCKING_METHODS = new Set(["tasks/result", "subscriptions/listen"]);

/** Error codes a response may carry with a null id: the id of the request could not be read. */
const NULL_ID_ERRORS = new Set([-32700, -32600]);

/** Every check of one JSON-RPC message; `wire: false` when its envelope is already known to be broken. */
export function messageFindings(ctx: CheckContext, frame: MessageFrame, wire = true): Finding[] {
  const msg = frame.msg;
  const out: Finding[] = [];
  if (msg.jsonrpc !== "2.0") {
    out.push(finding("jsonrpc/version", `"jsonrpc" is ${preview(msg.jsonrpc)}, not the string "2.0"`, { about: frame.seq, path: "/jsonrpc" }));
    wire = false;
  }
  if (typeof msg.method === "string") {
    if ("id" in msg) out.push(...requestFindings(ctx, frame, msg.method, wire));
    else out.push(...notificationFindings(ctx, frame, msg.method, wire));
  } else if ("result" in msg || "error" in msg) {
    out.push(...responseFindings(ctx, frame, wire));
  }
  return out;
}

function requestFindings(ctx: CheckContext, frame: MessageFrame, method: string, wire: boolean): Finding[] {
  const { state } = ctx;
  const id = frame.msg.id;
  const out: Finding[] = [];
  const fromClient = frame.dir === "client->server";
  if (method === "initialize" && fromClient) {
    state.used.clear(); // a new client session may count from 0 again
    state.handshake = true;
    out.push(...initializeFindings(state, frame));
  }
  // 2026-07-28: the request's own envelope names its version; a session learns its era from it until initialize.
  const version = fromClient ? envelopeVersion(frame.msg) : undefined;
  if (isModernVersion(version) && !state.initializeAnswered && method !== "initialize") state.offered = version;
  const modern = fromClient && method !== "initialize" && (isModernVersion(version) || (version === undefined && state.modern));
  let open: OpenRequest | undefined;
  if (typeof id !== "string" && typeof id !== "number") {
    out.push(finding("jsonrpc/id-type", `request ${method} has id ${preview(id)}: an id must be a string or a number`, { about: frame.seq, path: "/id" }));
  } else {
    const key = requestKey(frame.dir, id);
    // The modern era forbids only an id still in flight (basic/index, "Requests"); the legacy one any earlier id.
    if (modern ? state.open.has(key) : state.used.has(key)) {
      out.push(finding("jsonrpc/id-reused", `${frame.dir === "client->server" ? "client" : "server"} reused request id ${preview(id)} (${method}) in the same session`, { about: frame.seq, path: "/id" }));
    }
    state.used.add(key);
    const params = isObject(frame.msg.params) ? frame.msg.params : {};
    const caps = modern ? envelopeCaps(frame) : undefined;
    open = {
      frame,
      method,
      progressed: false,
      cancelled: false,
      task: isObject(params.task),
      clientWaitAtStart: state.clientWait.at(frame.t),
      ...(modern ? { modern } : {}),
      ...(version !== undefined ? { version } : {}),
      ...(caps ? { clientCaps: caps } : {}),
    };
    state.open.set(key, open);
    if (frame.dir === "server->client") state.clientWait.start(key, frame.t);
    const token = isObject(params._meta) ? params._meta.progressToken : undefined;
    if (typeof token === "string" || typeof token === "number") state.progressTokens.set(`${typeof token}:${token}`, open);
  }
  const covered: Finding[] = [];
  if (modern) {
    covered.push(...modernRequestFindings(state, frame, method, open), ...retryFindings(state, frame, method));
  } else if (!fromClient && state.modern && !state.initializeAnswered) {
    covered.push(...serverRequestFindings(frame, method));
  } else {
    out.push(...lifecycleFindings(state, frame, method));
  }
  out.push(...covered, ...capabilityFindings(state, frame, method));
  if (method === "initialize" && fromClient && isObject(frame.msg.params)) {
    const { protocolVersion, capabilities } = frame.msg.params;
    state.offered = typeof protocolVersion === "string" ? protocolVersion : undefined;
    state.clientCaps = isObject(capabilities) ? capabilities : {};
  }
  if (wire) out.push(...wireFindings(ctx, frame, undefined, pathsOf(covered)));
  return out;
}

function notificationFindings(ctx: CheckContext, frame: MessageFrame, method: string, wire: boolean): Finding[] {
  const { state } = ctx;
  const params = isObject(frame.msg.params) ? frame.msg.params : {};
  state.lastNotification[frame.dir] = method;
  if (method === "notifications/initialized" && frame.dir === "client->server") state.initializedSent = true;
  if (method === "notifications/cancelled" && (typeof params.requestId === "string" || typeof params.requestId === "number")) {
    // Cancelled by its sender: the receiver SHOULD NOT answer it, so it is not "never answered".
    const key = requestKey(frame.dir, params.requestId);
    const open = state.open.get(key);
    if (open) open.cancelled = true;
    if (frame.dir === "server->client") state.clientWait.stop(key, frame.t);
  }
  if (method === "notifications/progress" && (typeof params.progressToken === "string" || typeof params.progressToken === "number")) {
    const open = state.progressTokens.get(`${typeof params.progressToken}:${params.progressToken}`);
    if (open) open.progressed = true;
  }
  const out = capabilityFindings(state, frame, method);
  const covered = state.modern && !state.initializeAnswered ? subscriptionFindings(state, frame, method) : [];
  out.push(...covered);
  if (wire) out.push(...wireFindings(ctx, frame, undefined, pathsOf(covered)));
  return out;
}

function responseFindings(ctx: CheckContext, frame: MessageFrame, wire: boolean): Finding[] {
  const { state } = ctx;
  const msg = frame.msg;
  const id = msg.id;
  const error = isObject(msg.error) ? msg.error : undefined;
  const requestDir = other(frame.dir);
  const out: Finding[] = [];
  if (id === null || id === undefined) {
    const notification = state.lastNotification[requestDir];
    state.lastNotification[requestDir] = undefined;
    // JSON-RPC requires id null here; schemas before 2025-11-25 forgot the case, so no wire check.
    if (error && NULL_ID_ERRORS.has(error.code as number)) return [];
    if (notification) {
      return [finding("jsonrpc/response-to-notification", `${describe(frame)} without an id answers the notification ${notification}: notifications get no response`, { about: frame.seq })];
    }
    return [finding("jsonrpc/id-type", `${describe(frame)} has no id: copy the id of the request it answers`, { about: frame.seq, path: "/id" })];
  }
  state.lastNotification[requestDir] = undefined;
  if (typeof id !== "string" && typeof id !== "number") {
    return [finding("jsonrpc/id-type", `${describe(frame)} has id ${preview(id)}: an id must be a string or a number`, { about: frame.seq, path: "/id" })];
  }
  if ("result" in msg && "error" in msg) {
    out.push(finding("jsonrpc/result-and-error", `${describe(frame)} to request ${preview(id)} carries both "result" and "error": clients drop it`, { about: frame.seq }));
  }
  const key = requestKey(requestDir, id);
  const request = state.open.get(key);
  if (!request) {
    if (state.answered.has(key)) return [...out, finding("jsonrpc/duplicate-response", `${describe(frame)} answers request ${preview(id)} a second time`, { about: frame.seq, path: "/id" })];
    return [...out, finding("jsonrpc/unknown-response-id", `${describe(frame)} has id ${preview(id)}, but no ${requestDir === "client->server" ? "client" : "server"} request has that id${similarId(state, requestDir, id)}`, { about: frame.seq, path: "/id" })];
  }
  state.open.delete(key);
  state.answered.add(key);
  if (requestDir === "server->client") state.clientWait.stop(key, frame.t);
  out.push(...slowResponseFindings(ctx, frame, request));
  if (request.method === "ping" && error) {
    out.push(finding("lifecycle/ping-error", `${frame.dir === "server->client" ? "server" : "client"} answered ping with error ${preview(error.code)}: ${preview(error.message, 80)}`, { about: frame.seq, path: "/error" }));
  }
  const covered: Finding[] = [];
  // A legacy server that answers every method (even server/discover) with some result: no modern server, no modern rules.
  if (request.method === "server/discover" && isObject(msg.result) && !Array.isArray(msg.result.supportedVersions)) {
    request.modern = false;
    wire = false;
  }
  if (!error && isObject(msg.result)) {
    if (request.method === "initialize") out.push(...onInitializeResult(state, frame, msg.result));
    if (request.modern) {
      onModernResult(state, request, msg.result);
      covered.push(...modernResultFindings(ctx, frame, request, msg.result));
      if (msg.result.resultType === "input_required") covered.push(...inputRequiredFindings(state, frame, request, msg.result));
    }
    out.push(...covered, ...capabilityFindings(state, frame, request.method));
    if (request.method === "tools/list") out.push(...toolListFindings(ctx, frame, request));
    if (request.method === "tools/call") out.push(...toolCallFindings(ctx, frame, request));
  } else if (error && request.modern && frame.dir === "server->client") {
    out.push(...modernErrorFindings(ctx, frame, request, error));
  }
  out.push(...appsResponseFindings(state, frame, request, error !== undefined));
  if (wire) out.push(...wireFindings(ctx, frame, request, pathsOf(covered)));
  return out;
}

/** A modern request answered: the session is modern; server/discover tells the server's capabilities. */
function onModernResult(state: ProcessState, request: OpenRequest, result: Record<string, unknown>): void {
  if (state.initializeAnswered) return;
  if (request.version !== undefined && isModernVersion(request.version)) state.negotiated = request.version;
  if (request.method !== "server/discover") return;
  state.discovered = true;
  state.serverCaps = isObject(result.capabilities) ? result.capabilities : {};
}

/** Where dedicated rules reported something: the wire schema does not say it again. */
function pathsOf(findings: Finding[]): string[] {
  return findings.flatMap((f) => (f.path ? [f.path] : []));
}

/**
 * The server's own time on a client request: its lifetime minus the time it waited on the client's answers
 * to its own requests (a person answering an elicitation). Server-to-client requests are answered by a person
 * in the inspector, and blocking methods wait by design: their time says nothing.
 */
function slowResponseFindings(ctx: CheckContext, frame: MessageFrame, request: OpenRequest): Finding[] {
  if (request.frame.dir !== "client->server" || request.progressed || BLOCKING_METHODS.has(request.method)) return [];
  const total = frame.t - request.frame.t;
  const waited = ctx.state.clientWait.at(frame.t) - request.clientWaitAtStart;
  const ms = total - waited;
  if (ms <= ctx.slowResponseMs) return [];
  const besides = waited > 0 ? `; ${Math.round(total)} ms in all, ${Math.round(waited)} ms of it waiting on the client's answers` : "";
  return [finding("timing/slow-response", `${request.method} took ${Math.round(ms)} ms (over ${ctx.slowResponseMs} ms) without reporting progress${besides}`, { about: frame.seq })];
}

function describe(frame: MessageFrame): string {
  return `${frame.dir === "server->client" ? "server" : "client"} ${"error" in frame.msg ? "error response" : "response"}`;
}

/** Names the likely mistake when the id only differs in type ("1" for 1). */
function similarId(state: ProcessState, dir: MessageFrame["dir"], id: string | number): string {
  const twin = typeof id === "string" ? Number(id) : String(id);
  const open = state.open.get(requestKey(dir, twin));
  return open ? ` (request ${preview(twin)}, ${open.method}, is open: the id must keep its type)` : "";
}
