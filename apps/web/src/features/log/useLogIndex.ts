import type { Frame } from "@mcp-inspect/core";
import { useEffect, useRef, useState } from "react";
import { ExchangeIndex } from "./exchange-index";
import { FilteredFrames } from "./filtered-frames";
import type { LogFilter } from "./log-filter";

/** A filter over a long log runs in slices of this much time, with the page free in between. */
const FILTER_SLICE_MS = 12;

/** One ExchangeIndex per component, caught up with `frames` during render (sync is idempotent per snapshot). */
export function useExchangeIndex(frames: readonly Frame[]): ExchangeIndex {
  const ref = useRef<ExchangeIndex>(null);
  ref.current ??= new ExchangeIndex();
  ref.current.sync(frames);
  return ref.current;
}

/**
 * The rows `filter` shows, maintained incrementally as frames arrive. A re-filter of a long log goes on in
 * slices, one per macrotask (paint and input come in between); until it is complete the previous rows stay.
 */
export function useFilteredFrames(frames: readonly Frame[], filter: LogFilter, exchanges: ExchangeIndex): readonly Frame[] {
  const ref = useRef<FilteredFrames>(null);
  ref.current ??= new FilteredFrames();
  const [, setSlice] = useState(0);
  const { rows, done } = ref.current.step(frames, filter, exchanges, FILTER_SLICE_MS);
  useEffect(() => {
    if (done) return;
    // A MessageChannel message is a task of its own, unlike a microtask, and is not clamped like setTimeout.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => setSlice((n) => n + 1);
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  });
  return rows;
}
