const STORAGE_KEY = "mcp-inspect.token";

function hashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
}

/** The token in a `#token=...` fragment, or undefined. */
export function parseTokenFromHash(hash: string): string | undefined {
  const token = hashParams(hash).get("token")?.trim();
  return token ? token : undefined;
}

/** The fragment without its token; other parameters (the open server tab, `server=s2`) stay. */
export function hashWithoutToken(hash: string): string {
  const params = hashParams(hash);
  params.delete("token");
  const rest = params.toString();
  return rest ? `#${rest}` : "";
}

/**
 * What a person pasted to sign in: the URL mcp-inspect printed (its `#token=`), or the token alone.
 * Undefined when there is nothing token-like in it.
 */
export function tokenFromInput(text: string): string | undefined {
  const trimmed = text.trim();
  const hash = trimmed.indexOf("#");
  if (hash >= 0) return parseTokenFromHash(trimmed.slice(hash));
  return /^\S+$/.test(trimmed) ? trimmed : undefined;
}

/** Keeps a token typed in for this tab (sessionStorage, where a token from the URL goes too), so a reload still works. */
export function rememberToken(token: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage can be disabled; the token still works for this page load.
  }
}

/**
 * The session token: from the URL fragment the CLI printed (then kept in sessionStorage so a reload
 * still works, and stripped from the address bar), else from sessionStorage.
 */
export function takeToken(): string | undefined {
  const fromHash = parseTokenFromHash(window.location.hash);
  if (fromHash) {
    rememberToken(fromHash);
    const { pathname, search, hash } = window.location;
    window.history.replaceState(window.history.state, "", pathname + search + hashWithoutToken(hash));
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
