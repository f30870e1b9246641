import { useCallback, useState } from "react";
import { parseTimeouts, serializeTimeouts, TIMEOUTS_STORAGE_KEY, type CallTimeouts } from "./call-settings";

function load(): CallTimeouts {
  try {
    return parseTimeouts(localStorage.getItem(TIMEOUTS_STORAGE_KEY));
  } catch {
    return parseTimeouts(null); // storage blocked: defaults
  }
}

/** The call timeouts, persisted in localStorage across reloads. */
export function useCallTimeouts(): [CallTimeouts, (next: CallTimeouts) => void] {
  const [timeouts, setTimeouts] = useState(load);
  const update = useCallback((next: CallTimeouts) => {
    setTimeouts(next);
    try {
      localStorage.setItem(TIMEOUTS_STORAGE_KEY, serializeTimeouts(next));
    } catch {
      // Not persisted; it still applies to this page.
    }
  }, []);
  return [timeouts, update];
}
