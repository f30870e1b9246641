import type { Frame } from "@mcp-inspect/core";
import { useRef } from "react";
import { ExchangeIndex } from "./exchange-index";
import { FilteredFrames } from "./filtered-frames";
import type { LogFilter } from "./log-filter";

/** One ExchangeIndex per component, caught up with `frames` during render (sync is idempotent per snapshot). */
export function useExchangeIndex(frames: readonly Frame[]): ExchangeIndex {
  const ref = useRef<ExchangeIndex>(null);
  ref.current ??= new ExchangeIndex();
  ref.current.sync(frames);
  return ref.current;
}

/** The rows `filter` shows, maintained incrementally as frames arrive. */
export function useFilteredFrames(frames: readonly Frame[], filter: LogFilter, exchanges: ExchangeIndex): readonly Frame[] {
  const ref = useRef<FilteredFrames>(null);
  ref.current ??= new FilteredFrames();
  return ref.current.sync(frames, filter, exchanges);
}
