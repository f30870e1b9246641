const STORAGE_KEY = "mcp-inspect.token";

/** The token in a `#token=...` fragment, or undefined. */
export function parseTokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const token = params.get("token")?.trim();
  return token ? token : undefined;
}

/**
 * The session token: from the URL fragment the CLI printed (then kept in sessionStorage so a reload
 * still works, and stripped from the address bar), else from sessionStorage.
 */
export function takeToken(): string | undefined {
  const fromHash = parseTokenFromHash(window.location.hash);
  if (fromHash) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
