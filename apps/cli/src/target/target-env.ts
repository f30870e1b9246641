/**
 * The environment a server under test starts with: the one mcp-inspect was started with, without
 * mcp-inspect's own variables, plus the `-e`/config values. The target is the party we do not trust
 * yet: MCP_INSPECT_TOKEN would let it drive the inspector (and start the other configured servers).
 */
export function targetEnv(extra: Record<string, string> = {}, inherited: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(inherited)) {
    if (value !== undefined && !isOwnVariable(key)) env[key] = value;
  }
  // Given explicitly for this server (-e, a config entry's env): the user's choice, passed on.
  return { ...env, ...extra };
}

/** MCP_INSPECT_TOKEN and any other MCP_INSPECT_* (Windows variables are case-insensitive). */
export function isOwnVariable(key: string): boolean {
  return key.toUpperCase().startsWith("MCP_INSPECT_");
}
