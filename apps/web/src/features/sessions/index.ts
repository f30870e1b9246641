/**
 * Recorded sessions: the list, read-only view, import by drag and drop, export to fixtures, and
 * `diff/` (two sessions side by side). May import: client/, ui/, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { DropOverlay } from "./DropOverlay";
export { ExportButton } from "./ExportButton";
export { ImportButton } from "./ImportButton";
export { ImportErrorAlert } from "./ImportErrorAlert";
export { ReadOnlySessionProvider } from "./ReadOnlySessionProvider";
export { ReadOnlyView } from "./LazyReadOnlyView";
export { LiveFeedView } from "./LiveFeedView";
export { useSessions } from "./sessions-context";
export { SessionsButton } from "./SessionsButton";
export { SessionsProvider } from "./SessionsProvider";
export { useFileDrop } from "./useFileDrop";
export { useImportSession } from "./useImportSession";
export { importSessionText } from "./import-session";
export { readOnlySnapshot } from "./read-only-session";
export { fetchRecording } from "./sessions-api";
export type { OpenedSession } from "./read-only-session";
