import { createContext, createRef, useContext, type RefObject } from "react";

/** What the global shortcuts act on, inside one inspector view: the log's search box. */
export interface ShortcutTargets {
  logSearch: RefObject<HTMLInputElement | null>;
}

export const ShortcutTargetsContext = createContext<ShortcutTargets>({ logSearch: createRef() });

export function useShortcutTargets(): ShortcutTargets {
  return useContext(ShortcutTargetsContext);
}
