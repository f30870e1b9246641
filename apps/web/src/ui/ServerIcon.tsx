import type { Icon } from "@modelcontextprotocol/client";
import { toolIconSrc } from "./icon-src";

/** A resource's, template's or prompt's own icon (data: only, see toolIconSrc); decorative, so names stay first. */
export function ServerIcon({ icons, size = 16 }: { icons: Icon[] | undefined; size?: number }) {
  const src = toolIconSrc({ icons });
  if (!src) return null;
  return <img src={src} alt="" width={size} height={size} referrerPolicy="no-referrer" data-testid="item-icon" style={{ objectFit: "contain", flexShrink: 0 }} />;
}
