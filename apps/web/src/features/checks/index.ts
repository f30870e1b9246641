/**
 * The protocol checks' UI: the backend's `check` frames indexed by the frame they are about (FindingIndex,
 * incremental), grouped by rule, silenced per session, summarised for the header; finding badges for log rows
 * and the Checks tab. May import: client/, ui/, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { ChecksContext } from "./checks-context";
export type { ChecksValue, FrameFocus, LogTab } from "./checks-context";
export { ChecksPanel } from "./ChecksPanel";
export { ChecksProvider } from "./ChecksProvider";
export { ChecksSummaryBadge } from "./ChecksSummaryBadge";
export { FindingIndex } from "./finding-index";
export { FindingBadge } from "./FindingBadge";
export { FrameFindings } from "./FrameFindings";
export { RULE_TABLE } from "./rule-table";
export { withoutSilenced } from "./silenced-rules";
export { useChecks } from "./useChecks";
export { checksTabCount } from "./check-summary";
