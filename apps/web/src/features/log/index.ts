/**
 * The message log at scale: the log panel (messages, stderr, checks, stats), the virtualised list and its
 * rows (an MCP App's messages with the host are `app` rows: rpc-frame.ts), pairing and latency (ExchangeIndex),
 * search and filters, JSON tree, edit and resend, and focus-target: the link from a row to the
 * tool/resource/prompt it concerns and back. May import: client/, ui/, checks, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { BackToLog } from "./BackToLog";
export { itemOfRequest } from "./focus-target";
export { summarizeFrame } from "./log-row-summary";
export { LogPanel } from "./LazyLogPanel";
export { parseResend, resendText } from "./resend-request";
export { useFocusMainTab, useFocusSelection } from "./useFocusSelection";
export { focusItem } from "./focus-target";
export { useFocusTarget } from "./focus-target";
