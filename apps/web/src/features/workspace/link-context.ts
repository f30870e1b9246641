import { createContext, useCallback, useContext, useState, useSyncExternalStore } from "react";
import { hashWithLink, linkFromHash, type LinkKey, type LinkState } from "./deep-link";
import { LinkStore } from "./link-store";

/** The link of the view this tree shows (a recording opened from the drawer has its own, see OwnLink); outside any (component tests), a private one. */
export const LinkContext = createContext<LinkStore | null>(null);

export function useLinkStore(): LinkStore {
  const shared = useContext(LinkContext);
  const [own] = useState(() => (shared ? undefined : new LinkStore()));
  return shared ?? own!;
}

/** One value of the link, and a setter (`undefined` takes it out). */
export function useLinkParam(key: LinkKey): [string | undefined, (value: string | undefined) => void] {
  return useLinkParamOf(useLinkStore(), key);
}

/** `useLinkParam` of a store the component already holds (so both read the same one, even outside a provider). */
export function useLinkParamOf(store: LinkStore, key: LinkKey): [string | undefined, (value: string | undefined) => void] {
  const value = useSyncExternalStore(store.subscribe, () => store.get()[key]);
  const set = useCallback((next: string | undefined) => store.set({ [key]: next }), [store, key]);
  return [value, set];
}

/** What the address bar says now (the view shown at load starts from it). */
export function linkInAddressBar(): LinkState {
  return linkFromHash(window.location.hash);
}

/**
 * Puts `link` in the address bar with the server it is about (undefined: a recording, no server), replacing
 * the history entry: no entry is added, and none ever held the token.
 */
export function writeLinkToAddressBar(link: LinkState, server: string | undefined): void {
  const { pathname, search, hash } = window.location;
  const next = hashWithLink(hash, link, server);
  if (next === hash) return;
  window.history.replaceState(window.history.state, "", pathname + search + next);
}
