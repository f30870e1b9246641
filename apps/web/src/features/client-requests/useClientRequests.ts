import { useEffect, useState, useSyncExternalStore } from "react";
import { useRequestStore } from "./client-requests-context";
import { samplingRules } from "./sampling-rules";

/** This server's server-to-client requests, newest first. */
export function useClientRequests() {
  const store = useRequestStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

export function useSamplingRules() {
  return useSyncExternalStore(samplingRules.subscribe, samplingRules.get);
}

/** Date.now(), refreshed every `intervalMs` while `active` (ages and countdowns). */
export function useNow(active: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
