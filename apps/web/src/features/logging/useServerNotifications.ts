import type { MessageFrame } from "@mcp-inspect/core";
import { useMemo, useRef } from "react";
import { useSession } from "../../client/useSession";
import { scanNotifications } from "./notification-scan";

/**
 * Every `method` notification the server sent this session, mapped, oldest first. Read from the session's
 * frames, so it needs no SDK handler and sees what other tabs' clients received too.
 */
export function useServerNotifications<T>(method: string, map: (frame: MessageFrame) => T): readonly T[] {
  const { snapshot } = useSession();
  const state = useRef<ReturnType<typeof scanNotifications<T>>>(undefined);
  return useMemo(() => {
    state.current = scanNotifications(state.current, snapshot.frames, method, map);
    return state.current.items;
    // `map` is left out on purpose: callers pass a module-level function, and a new one must not rescan.
  }, [snapshot.frames, method]);
}
