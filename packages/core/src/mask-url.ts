/**
 * Secrets in URLs, masked the way header values are ("****"; see packages/server/src/mask-headers.ts):
 * `--url https://user:pass@host/mcp?api_key=...` must not reach a frame, the session file, the
 * terminal or the UI. Pure string work, so the CLI, the backend and the browser share it.
 */
/** Query parameters whose value is a secret by its name: api_key, access_token, client_secret, password, auth, sig... */
const SECRET_PARAM = /key|token|secret|passw|pwd|auth|credential|signature|jwt/i;
const SECRET_PARAM_EXACT = new Set(["sig", "code", "pass"]);

/** Whether a query parameter's value would be masked. */
export function isSecretParam(name: string): boolean {
  return SECRET_PARAM.test(name) || SECRET_PARAM_EXACT.has(name.toLowerCase());
}

/**
 * A URL as frames, the session file, the terminal and the UI show it: `user:pass@` and the values of
 * secret-looking query parameters (`?api_key=`, `token`, `secret`, `password`, `auth`...) become
 * `****`, as header values do. The rest stays byte for byte (no re-encoding), so it still reads as typed.
 */
export function maskUrl(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*@)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!match) return url;
  const [, scheme, userinfo, rest, query, fragment] = match;
  const who = userinfo ? (userinfo.includes(":") ? "****:****@" : "****@") : "";
  const params = query
    ? "?" +
      query
        .slice(1)
        .split("&")
        .map((part) => {
          const eq = part.indexOf("=");
          if (eq < 0) return part;
          let name = part.slice(0, eq);
          try {
            name = decodeURIComponent(name.replace(/\+/g, " "));
          } catch {
            // keep it as written
          }
          return isSecretParam(name) ? `${part.slice(0, eq)}=****` : part;
        })
        .join("&")
    : "";
  return `${scheme}${who}${rest}${params}${fragment ?? ""}`;
}
