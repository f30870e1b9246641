import { SERVER_PARAM } from "@mcp-inspect/core";

/**
 * What the address bar says is open in the server tab shown, so a reload or a pasted link comes back to it:
 * `#server=s1&tab=tools&tool=add&row=42&q=echo`. It lives in the fragment, beside `server` (see server-hash.ts),
 * because the fragment never leaves the browser: no request, log line or Referer carries it, and the static
 * UI needs no route per screen. The token is never written here (it is taken out on load, see lib/token.ts).
 */
export const LINK_KEYS = [
  // the main tab, and the item open on it
  "tab",
  "tool",
  "resource",
  "template",
  "prompt",
  // the message log: the selected row (frame number) and the search and filters (see log/log-link.ts)
  "row",
  "q",
  "method",
  "dir",
  "kinds",
  "errors",
  "slow",
] as const;

export type LinkKey = (typeof LINK_KEYS)[number];

/** The link's values; a key that is absent is at its default. */
export type LinkState = Readonly<Partial<Record<LinkKey, string>>>;

/** A change: `undefined` takes a key out. */
export type LinkPatch = Partial<Record<LinkKey, string | undefined>>;

function hashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
}

/** The link's values in `hash`; other parameters (server, anything unknown) are not the link's. */
export function linkFromHash(hash: string): LinkState {
  const params = hashParams(hash);
  const link: Partial<Record<LinkKey, string>> = {};
  for (const key of LINK_KEYS) {
    const value = params.get(key);
    if (value) link[key] = value;
  }
  return link;
}

/**
 * `hash` saying `link` (and, when given, `server`, first: "which server, then what is open on it"): its link
 * keys replaced, other parameters kept after them, the token never.
 */
export function hashWithLink(hash: string, link: LinkState, server?: string): string {
  const rest = hashParams(hash);
  rest.delete("token");
  for (const key of LINK_KEYS) rest.delete(key);
  const params = new URLSearchParams();
  if (server) {
    rest.delete(SERVER_PARAM);
    params.set(SERVER_PARAM, server);
  } else if (rest.has(SERVER_PARAM)) {
    params.set(SERVER_PARAM, rest.get(SERVER_PARAM)!);
    rest.delete(SERVER_PARAM);
  }
  for (const key of LINK_KEYS) {
    const value = link[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of rest) params.append(key, value);
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** `link` with `patch` applied; the same object when nothing changes (so subscribers are not woken). */
export function patchLink(link: LinkState, patch: LinkPatch): LinkState {
  let next: Partial<Record<LinkKey, string>> | undefined;
  for (const key of Object.keys(patch) as LinkKey[]) {
    const value = patch[key] || undefined;
    if (link[key] === value) continue;
    next ??= { ...link };
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next ?? link;
}
