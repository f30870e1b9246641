/**
 * What a tool's `_meta` says about its MCP App (the io.modelcontextprotocol/ui extension), read the same way by the
 * checks and by the page that shows the app.
 */

/** The MIME type of an MCP App's HTML resource (ext-apps' RESOURCE_MIME_TYPE). */
export const APP_MIME_TYPE = "text/html;profile=mcp-app";
/** The extension's name in capabilities. */
export const APPS_EXTENSION = "io.modelcontextprotocol/ui";

/** The tool `_meta` key of the first drafts, before `_meta.ui.resourceUri` (ext-apps' RESOURCE_URI_META_KEY). */
export const FLAT_APP_URI_KEY = "ui/resourceUri";

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The resource a tool names for its app: `_meta.ui.resourceUri`, else the deprecated flat key; any scheme. */
export function toolAppUri(meta: unknown): string | undefined {
  const m = record(meta);
  const nested = record(m?.["ui"])?.["resourceUri"];
  if (typeof nested === "string") return nested;
  const flat = m?.[FLAT_APP_URI_KEY];
  return typeof flat === "string" ? flat : undefined;
}

/** `_meta.ui.visibility` when it is an array (who may call the tool: "model", "app"); undefined means both. */
export function toolAppVisibility(meta: unknown): readonly unknown[] | undefined {
  const visibility = record(record(meta)?.["ui"])?.["visibility"];
  return Array.isArray(visibility) ? visibility : undefined;
}
