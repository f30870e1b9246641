import { useEffect, useState, useSyncExternalStore } from "react";
import { clientRequests } from "./client-request-store";
import { samplingRules } from "./sampling-rules";

export function useClientRequests() {
  return useSyncExternalStore(clientRequests.subscribe, clientRequests.get);
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
