/**
 * An origin as the MCP Apps extension's `_meta.ui.csp` lists write them: scheme, host (optionally a `*.` wildcard
 * subdomain), optional port, nothing after (a trailing "/" is tolerated). One definition for the check that reports a
 * malformed entry and for the sandbox that splices entries into its policy, so what is reported is exactly what is
 * dropped. Dot-separated labels keep the pattern linear.
 */
const ORIGIN = /^(?:https?|wss?):\/\/(?:\*\.)?(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?\/?$/i;

export function isCspOrigin(value: unknown): value is string {
  return typeof value === "string" && value.length <= 2048 && ORIGIN.test(value);
}
