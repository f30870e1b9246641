import type { CheckFrame } from "@mcp-inspect/core";
import { createContext } from "react";
import type { SeverityCounts } from "./check-summary";
import type { FindingIndex } from "./finding-index";

export type LogTab = "messages" | "stderr" | "checks" | "stats";

/** A request to reveal a frame in the message log; `nonce` makes asking twice for one frame count. */
export interface FrameFocus {
  seq: number;
  nonce: number;
}

export interface ChecksValue {
  /** Findings by the seq they are about (silenced ones included: filter with `withoutSilenced`). */
  index: FindingIndex;
  /** Every finding whose rule is not silenced, in seq order. */
  visible: readonly CheckFrame[];
  /** Counts over `visible`. */
  counts: SeverityCounts;
  silenced: ReadonlySet<string>;
  setSilenced: (rule: string, silenced: boolean) => void;
  /** The log panel's tab: shared so the header summary and "show frame" can switch it. */
  logTab: LogTab;
  setLogTab: (tab: LogTab) => void;
  focus: FrameFocus | undefined;
  /** Switches to Messages and scrolls to, expands and highlights frame `seq`. */
  showFrame: (seq: number) => void;
}

export const ChecksContext = createContext<ChecksValue | null>(null);
