import type { MessageFrame } from "@mcp-inspect/core";
import { useEffect, useState } from "react";
import { useSession } from "../../client/useSession";
import { useServerNotifications } from "./useServerNotifications";

const seqAndTime = (frame: MessageFrame) => ({ seq: frame.seq, t: frame.t });

/**
 * True for `ms` after the server sends a `method` notification (e.g. a list_changed), for a brief
 * visual cue. Notifications older than that (replayed after a reload) do not light it.
 */
export function useRecentNotification(method: string, ms = 4000): boolean {
  const { snapshot } = useSession();
  const seen = useServerNotifications(method, seqAndTime);
  const last = seen[seen.length - 1];
  const startedAt = snapshot.header ? Date.parse(snapshot.header.startedAt) : undefined;
  const [activeSeq, setActiveSeq] = useState<number>();
  useEffect(() => {
    if (!last || startedAt === undefined) return;
    const remaining = startedAt + last.t + ms - Date.now();
    if (remaining <= 0) return;
    setActiveSeq(last.seq);
    const timer = setTimeout(() => setActiveSeq(undefined), remaining);
    return () => clearTimeout(timer);
  }, [last, startedAt, ms]);
  return activeSeq !== undefined && activeSeq === last?.seq;
}

export const listChangedMethod = {
  tools: "notifications/tools/list_changed",
  resources: "notifications/resources/list_changed",
  prompts: "notifications/prompts/list_changed",
} as const;
