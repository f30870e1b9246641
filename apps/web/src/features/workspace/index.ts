/**
 * Several servers in one page: the server list (`/api/servers`), the header's server tabs and Add server
 * menu (only the backend's launchers), the picker for a config with several servers, tab routing in the URL.
 * May import: client/, ui/, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { activeServer, tabAfterClose } from "./active-server";
export { hashWithServer, serverFromHash } from "./server-hash";
export { ServerPicker } from "./ServerPicker";
export { fetchServers } from "./servers-api";
export { ServerTabs } from "./ServerTabs";
export { isRejectedToken, useCloseServer, useServers, useStartServer } from "./useServers";
export { WorkspaceContext, useServerTabsShown, useWorkspace } from "./workspace-context";
export type { WorkspaceValue } from "./workspace-context";
export { WorkspaceError } from "./WorkspaceError";
export type { LinkPatch } from "./deep-link";
export type { LinkState } from "./deep-link";
export { LinkContext } from "./link-context";
export { linkInAddressBar } from "./link-context";
export { writeLinkToAddressBar } from "./link-context";
export { LinkStore } from "./link-store";
export { OwnLink } from "./OwnLink";
export { useLinkParam } from "./link-context";
export { useLinkParamOf } from "./link-context";
export { useLinkStore } from "./link-context";
