import { getHotkeyHandler } from "@mantine/hooks";
import type { KeyboardEvent } from "react";

const ENTRY = "[data-list-entry]";

/**
 * Keys of a list column (SplitView's): ↑/↓/Home/End move the focus between its entries (`ListEntry`, a button,
 * so Enter opens the one focused); ↓ in the column's filter box goes to the first entry; Esc closes what is open.
 */
export function listKeyHandler(onEscape: (() => void) | undefined) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const column = event.currentTarget;
    const target = event.target as HTMLElement;
    const entries = [...column.querySelectorAll<HTMLElement>(ENTRY)];
    const onEntry = target.matches(ENTRY);
    const focus = (entry: HTMLElement | undefined) => entry?.focus();
    const step = (by: 1 | -1) => {
      const at = entries.indexOf(target);
      focus(entries[Math.min(entries.length - 1, Math.max(0, at + by))]);
    };
    const inField = target instanceof HTMLInputElement && (target.type === "text" || target.type === "search");
    if (onEntry) {
      getHotkeyHandler([
        ["ArrowDown", () => step(1)],
        ["ArrowUp", () => step(-1)],
        ["Home", () => focus(entries[0])],
        ["End", () => focus(entries[entries.length - 1])],
        ...(onEscape ? [["Escape", onEscape] as [string, () => void]] : []),
      ])(event);
    } else if (inField) {
      getHotkeyHandler([["ArrowDown", () => focus(entries[0])]])(event);
    }
  };
}
