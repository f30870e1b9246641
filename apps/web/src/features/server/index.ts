/**
 * The Server tab and remote servers: what the server said about itself, HTTP facts, Add to Claude Code,
 * the headers editor and the OAuth banner. May import: client/, ui/, workspace, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { AuthBanner } from "./AuthBanner";
export { ServerPanel } from "./LazyServerPanel";
