import { UsageError } from "../common/usage-error";

/** Where the HTTP proxy listens: always a loopback address (it adds the user's --header secrets to what it forwards). */
export interface ListenAddress {
  host: "127.0.0.1" | "::1" | "localhost";
  port: number;
}

const LOOPBACK_NAMES = new Set(["127.0.0.1", "::1", "localhost"]);

/** `--listen 127.0.0.1:8080`, `localhost:0`, `[::1]:8080`: anything else is a usage error that says why. */
export function parseListen(value: string): ListenAddress {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value.trim());
  if (!match) throw new UsageError(`--listen takes <loopback address>:<port>, e.g. --listen 127.0.0.1:8080 (0 picks a free port), got "${value}"`);
  const host = (match[1] ?? match[2])!.toLowerCase();
  const port = Number(match[3]);
  if (!LOOPBACK_NAMES.has(host)) {
    throw new UsageError(`--listen ${value}: the proxy listens on loopback only (127.0.0.1, localhost or [::1]): anyone who reaches it talks to your server with your headers`);
  }
  if (port > 65535) throw new UsageError(`--listen ${value}: the port must be 0-65535 (0 picks a free one)`);
  return { host: host as ListenAddress["host"], port };
}

/** The Host header values that name this listener (DNS rebinding protection: any other name is a foreign page's). */
export function loopbackHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/**
 * A browser's Origin may be a loopback page (a local web client); any other site would use the proxy, and the
 * headers it adds, in the user's name. Real MCP clients outside a browser send no Origin at all.
 */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  } catch {
    return false;
  }
}
