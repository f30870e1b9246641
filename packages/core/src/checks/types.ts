import type { CheckFrame, Frame, Severity } from "../frame";

/** A finding before the session numbers it: what a check frame carries. */
export type Finding = Omit<CheckFrame, "seq" | "t" | "kind">;

/** One rule of the protocol checks; ids are stable (users silence them and CI baselines name them). */
export interface Rule {
  id: string;
  severity: Severity;
  /** Short name shown in the Checks panel. */
  title: string;
  /** One line: how to fix it. */
  hint: string;
  /** Where the rule comes from: a spec section, or the client whose behaviour it documents. */
  source: string;
}

export interface ProtocolCheckerOptions {
  /** A response slower than this is reported. @default 5000 */
  slowResponseMs?: number;
}

/** Checks a session's frames as they pass, in order. Stateful: one per session. */
export interface ProtocolChecker {
  /** Findings about this frame (or about earlier ones it reveals, e.g. a response to an unknown id). */
  check(frame: Frame): Finding[];
  /** Findings only the end of a session can tell, e.g. requests never answered. */
  finish(): Finding[];
}
