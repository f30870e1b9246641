import { useCallback, useEffect, useRef, useState } from "react";

export type TimedResult<T> =
  | { status: "idle" }
  | { status: "pending"; startedAt: number }
  | { status: "success"; data: T; durationMs: number }
  | { status: "error"; error: unknown; durationMs: number };

/**
 * Runs one request at a time, timing it, with a way to cancel it (the signal goes to the SDK, which
 * sends notifications/cancelled). A result that arrives after unmount or a newer run is dropped.
 */
export function useTimedRequest<T, A extends unknown[]>(request: (signal: AbortSignal, ...args: A) => Promise<T>) {
  const [result, setResult] = useState<TimedResult<T>>({ status: "idle" });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort("left the page"), []);

  const run = useCallback(
    async (...args: A) => {
      controller.current?.abort("superseded");
      const mine = new AbortController();
      controller.current = mine;
      const startedAt = performance.now();
      setResult({ status: "pending", startedAt });
      let outcome: TimedResult<T>;
      try {
        const data = await request(mine.signal, ...args);
        outcome = { status: "success", data, durationMs: performance.now() - startedAt };
      } catch (error) {
        outcome = { status: "error", error, durationMs: performance.now() - startedAt };
      }
      if (controller.current !== mine) return;
      // Done: aborting now would send a needless notifications/cancelled.
      controller.current = undefined;
      setResult(outcome);
    },
    [request],
  );

  const cancel = useCallback(() => controller.current?.abort("cancelled in mcp-inspect"), []);
  return { result, run, cancel };
}
