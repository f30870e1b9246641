/** The module that builds SDK clients: the MCP SDK, zod and the schema validator come with it. */
export type InspectorClientModule = typeof import("./create-inspector-client");

let loading: Promise<InspectorClientModule> | undefined;
let loaded: InspectorClientModule | undefined;

/**
 * Loads the SDK client's chunk (once). main.tsx calls it first thing, so it downloads and parses while the page
 * renders and asks the backend for its servers, and is there by the time the relay says a server runs.
 */
export function loadInspectorClient(): Promise<InspectorClientModule> {
  loading ??= import("./create-inspector-client").then((module) => (loaded = module));
  return loading;
}

/** The module once loaded, else undefined (the session then waits for `loadInspectorClient()`). */
export function inspectorClientLoaded(): InspectorClientModule | undefined {
  return loaded;
}
