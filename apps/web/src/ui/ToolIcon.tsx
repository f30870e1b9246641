import type { Tool } from "@modelcontextprotocol/client";
import { toolIconSrc } from "./icon-src";

/** The tool's own icon, small; decorative (alt=""), so a list entry's accessible name still starts with the tool name. */
export function ToolIcon({ tool, size = 16 }: { tool: Pick<Tool, "icons">; size?: number }) {
  const src = toolIconSrc(tool);
  if (!src) return null;
  return (
    <img src={src} alt="" width={size} height={size} referrerPolicy="no-referrer" data-testid="tool-icon" style={{ objectFit: "contain", flexShrink: 0 }} />
  );
}
