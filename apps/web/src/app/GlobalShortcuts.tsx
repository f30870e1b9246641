import { useDisclosure, useHotkeys } from "@mantine/hooks";
import { useChecks } from "../features/checks";
import { useShortcutTargets } from "../ui/shortcut-targets";
import { useState } from "react";
import { lazyPanel } from "../ui/lazy-panel";

// The list of shortcuts loads the first time `?` asks for it, not with the page.
const ShortcutSheet = lazyPanel(() => import("./ShortcutSheet").then((m) => m.ShortcutSheet));

/**
 * The shortcuts that work anywhere in the view shown (`active`: a hidden server's view stays mounted and must not
 * answer): `/` and Ctrl/⌘+K search the log, `?` lists every shortcut.
 */
export function GlobalShortcuts({ active }: { active: boolean }) {
  const [sheet, { toggle, close }] = useDisclosure(false);
  const [everOpened, setEverOpened] = useState(false);
  if (sheet && !everOpened) setEverOpened(true);
  const { setLogTab } = useChecks();
  const { logSearch } = useShortcutTargets();
  const searchLog = () => {
    if (!active) return;
    setLogTab("messages");
    // The Messages tab may just have been chosen: focus once it shows.
    requestAnimationFrame(() => {
      logSearch.current?.focus();
      logSearch.current?.select();
    });
  };
  // Not while typing in a field (there `/` and `?` are text).
  useHotkeys([
    ["/", searchLog],
    ["shift+?", () => active && toggle()],
    ["?", () => active && toggle()],
  ]);
  // Ctrl/⌘+K works from a field too.
  useHotkeys([["mod+K", searchLog]], []);
  return everOpened ? <ShortcutSheet opened={sheet && active} onClose={close} /> : null;
}
