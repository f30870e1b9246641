import { IconTerminal2, IconWorld } from "@tabler/icons-react";
import type { LauncherInfo } from "@mcp-inspect/core";

/** A globe for a remote server's URL, a terminal for a command. */
export function LauncherIcon({ launcher, size = 16 }: { launcher: LauncherInfo; size?: number }) {
  return /^https?:\/\//.test(launcher.description) ? <IconWorld size={size} /> : <IconTerminal2 size={size} />;
}
