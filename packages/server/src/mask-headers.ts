/** Headers whose value starts with an auth scheme worth showing ("Bearer", "Basic"): the rest is the secret. */
const SCHEMED = new Set(["authorization", "proxy-authorization"]);

/**
 * A user-supplied header value as frames show it: the value never leaves the process, only its
 * scheme for Authorization ("Bearer ****"), so logs and session files can be shared.
 */
export function maskHeaderValue(name: string, value: string): string {
  const scheme = /^([A-Za-z][\w.+-]*)\s+\S/.exec(value.trim());
  return SCHEMED.has(name.toLowerCase()) && scheme ? `${scheme[1]} ****` : "****";
}
