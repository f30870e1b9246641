import { useEffect } from "react";
import { useFocusTarget, type FocusTab } from "./focus-target";

/** Selects the item a log row asked for (the "open tool/resource/prompt" link) on the panel of `tab`. */
export function useFocusSelection(tab: FocusTab, select: (name: string) => void): void {
  const target = useFocusTarget(tab);
  useEffect(() => {
    if (target) select(target.name);
    // Only a new target selects; `select` may be a fresh closure on every render.
  }, [target]);
}

/** Switches the main tabs to the tab a log row's link asked for. */
export function useFocusMainTab(setTab: (tab: string) => void): void {
  const target = useFocusTarget();
  useEffect(() => {
    if (target) setTab(target.tab);
  }, [target]);
}
