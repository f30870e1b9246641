import type { Tool } from "@modelcontextprotocol/sdk/types.js";

/**
 * The first of a tool's icons the page may load: data: URLs, or https: (no http:, which would be mixed
 * and unauthenticated; no javascript: or file:).
 */
export function toolIconSrc(tool: Pick<Tool, "icons">): string | undefined {
  return tool.icons?.find((icon) => /^(data:image\/|https:\/\/)/i.test(icon.src))?.src;
}
