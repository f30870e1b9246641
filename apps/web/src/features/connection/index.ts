/**
 * How the state of the connection to the server is said where it matters: why a list shows nothing
 * (not ready, not running, HTTP refused, initialize timed out, capability missing) and what failed, in the
 * target's own terms (stdio process or HTTP connection). May import: client/, ui/, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { ListStatus } from "./ListStatus";
export { httpFailure, notUsableNote } from "./connection-wording";
