import type { Tool } from "@modelcontextprotocol/client";

/**
 * The first of a tool's (or resource's, prompt's) icons the page shows: data: images only. An https:
 * icon is a URL the server chose, fetched by merely opening a list: like a remote image in Markdown it
 * would tell that host who looks and when, so it is not loaded (an icon is decoration, not worth a
 * "Load" button per row). No http:, javascript: or file: either.
 */
export function toolIconSrc(tool: Pick<Tool, "icons">): string | undefined {
  return tool.icons?.find((icon) => /^data:image\//i.test(icon.src))?.src;
}
