/**
 * MCP Apps (the io.modelcontextprotocol/ui extension): a tool's or a resource's `ui://` app rendered in the sandbox
 * origin the backend serves, with the inspector as its host (ext-apps' AppBridge): tool input and result, the app's
 * own calls to the server (visibility enforced), messages, model context, links, display modes, host context set by
 * hand, and every host<->app message recorded as an `app` frame.
 * May import: client/, ui/, features content, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { AppView, type AppCall } from "./AppView";
export { AppBadges } from "./AppBadges";
export { appResourceUri, toolVisibility, APP_MIME_TYPE } from "./app-meta";
export { appsExtension } from "./app-extension";
