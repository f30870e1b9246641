import { useDisclosure, useHotkeys } from "@mantine/hooks";
import { useChecks } from "../features/checks";
import { useShortcutTargets } from "../ui/shortcut-targets";
import { ShortcutSheet } from "./ShortcutSheet";

/**
 * The shortcuts that work anywhere in the view shown (`active`: a hidden server's view stays mounted and must not
 * answer): `/` and Ctrl/⌘+K search the log, `?` lists every shortcut.
 */
export function GlobalShortcuts({ active }: { active: boolean }) {
  const [sheet, { toggle, close }] = useDisclosure(false);
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
  return <ShortcutSheet opened={sheet && active} onClose={close} />;
}
