import type { Frame, MessageFrame, ProcessFrame } from "@mcp-inspect/core";
import { itemOfRequest } from "../log";
import { resendText } from "../log";

export type RestartFrame = ProcessFrame & { event: "restart" };

/**
 * Requests a person makes by hand. Everything else the client sends (initialize, ping, the lists,
 * logging/setLevel, subscriptions, tasks/*) is the client's own bookkeeping or replayed by it anyway.
 */
const PERSON_METHODS: ReadonlySet<string> = new Set(["tools/call", "resources/read", "prompts/get", "completion/complete"]);

export function isRestart(frame: Frame): frame is RestartFrame {
  return frame.kind === "process" && frame.event === "restart";
}

/** The person's last request (one of `PERSON_METHODS`, sent by the client) before the session's last restart. */
export function lastRequestBeforeRestart(frames: readonly Frame[]): { restart: RestartFrame; request?: MessageFrame } | undefined {
  let i = frames.length - 1;
  while (i >= 0 && !isRestart(frames[i]!)) i--;
  if (i < 0) return undefined;
  const restart = frames[i] as RestartFrame;
  for (i--; i >= 0; i--) {
    const frame = frames[i]!;
    if (isPersonRequest(frame)) return { restart, request: frame };
  }
  return { restart };
}

function isPersonRequest(frame: Frame): frame is MessageFrame {
  if (frame.kind !== "message" || frame.dir !== "client->server") return false;
  const { id, method } = frame.msg;
  return id !== undefined && id !== null && typeof method === "string" && PERSON_METHODS.has(method);
}

/** What the re-run button names: the method and the tool, prompt or resource it is about ("tools/call echo"). */
export function requestLabel(request: MessageFrame): string {
  const method = String(request.msg.method);
  const params = request.msg.params;
  const item = itemOfRequest(method, params);
  if (item) return `${method} ${item.name}`;
  // completion/complete names its prompt or resource template in `ref`.
  const ref = (params as { ref?: { name?: unknown; uri?: unknown } } | undefined)?.ref;
  const name = typeof ref?.name === "string" ? ref.name : typeof ref?.uri === "string" ? ref.uri : undefined;
  return name ? `${method} ${name}` : method;
}

/** The first request after `afterSeq` with the same method and params as `original`: its re-run, sent with a new id. */
export function findRerun(frames: readonly Frame[], afterSeq: number, original: MessageFrame): MessageFrame | undefined {
  const wanted = resendText(original);
  // Frames are in seq order and the re-run is recent: walk back to `afterSeq`, then forward.
  let start = frames.length;
  while (start > 0 && frames[start - 1]!.seq > afterSeq) start--;
  for (let i = start; i < frames.length; i++) {
    const frame = frames[i]!;
    if (isPersonRequest(frame) && resendText(frame) === wanted) return frame;
  }
  return undefined;
}
