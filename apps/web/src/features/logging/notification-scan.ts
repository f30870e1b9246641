import type { Frame, MessageFrame } from "@mcp-inspect/core";

/** Whether a frame is the server sending the notification `method`. */
export function isServerNotification(frame: Frame, method: string): frame is MessageFrame {
  return frame.kind === "message" && frame.dir === "server->client" && frame.msg.method === method && frame.msg.id === undefined;
}

interface ScanState<T> {
  frames: readonly Frame[];
  items: T[];
}

/**
 * Collects `map(frame)` for every `method` notification, reusing the last scan when `frames` only grew
 * (the common case: the log is append-only, so each update costs only the new frames).
 */
export function scanNotifications<T>(previous: ScanState<T> | undefined, frames: readonly Frame[], method: string, map: (frame: MessageFrame) => T): ScanState<T> {
  const prev = previous?.frames;
  const grew = prev !== undefined && prev.length <= frames.length && (prev.length === 0 || prev[prev.length - 1] === frames[prev.length - 1]);
  if (prev === frames && previous) return previous;
  const start = grew ? prev.length : 0;
  const items = grew ? [...previous!.items] : [];
  for (let i = start; i < frames.length; i++) {
    const frame = frames[i]!;
    if (isServerNotification(frame, method)) items.push(map(frame));
  }
  return { frames, items };
}
