/**
 * After a restart (--watch, Restart, new headers): the banner that re-runs the person's last request and
 * links to the new exchange. May import: client/, ui/, checks, log, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { RestartBanner } from "./RestartBanner";
