/**
 * The server's own log (`notifications/message`) and other notifications read from the frames: the Logging
 * tab, `logging/setLevel`, and the brief list_changed "updated" cue. May import: client/, ui/, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { LoggingPanel } from "./LazyLoggingPanel";
export { listChangedMethod, useRecentNotification } from "./useRecentNotification";
export { useServerNotifications } from "./useServerNotifications";
