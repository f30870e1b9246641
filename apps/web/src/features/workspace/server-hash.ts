import { SERVER_PARAM } from "@mcp-inspect/core";

function hashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
}

/** The open tab a reload should come back to: `#server=s2`. */
export function serverFromHash(hash: string): string | undefined {
  return hashParams(hash).get(SERVER_PARAM) || undefined;
}

/** `hash` with its server set to `id`, other parameters kept. */
export function hashWithServer(hash: string, id: string): string {
  const params = hashParams(hash);
  params.set(SERVER_PARAM, id);
  return `#${params.toString()}`;
}
