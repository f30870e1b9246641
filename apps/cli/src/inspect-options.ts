import { isAbsolute, resolve } from "node:path";
import { UsageError } from "./usage-error";

export const DEFAULT_PORT = 6277;

/** The options of `mcp-inspect [options] [--] <command> [args...]`, as commander parses them. */
export interface InspectFlags {
  port: number;
  host: string;
  open: boolean;
  env: string[];
  cwd?: string;
  record?: string;
  token?: string;
  initTimeout: number;
  allowRemote?: boolean;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, got "${value}"`);
  return port;
}

export function parseMilliseconds(value: string): number {
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms <= 0) throw new UsageError(`expected a positive number of milliseconds, got "${value}"`);
  return ms;
}

/** `-e KEY=VALUE`, repeatable. */
export function collectEnv(value: string, previous: string[]): string[] {
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) throw new UsageError(`-e takes KEY=VALUE (e.g. -e API_KEY=abc), got "${value}"`);
  return [...previous, value];
}

export function envFromFlags(pairs: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return env;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function checkHost(host: string, allowRemote: boolean | undefined): void {
  if (LOOPBACK.has(host) || allowRemote) return;
  throw new UsageError(
    `refusing to bind ${host}: it is not a loopback address, and anyone who reaches it could run your server. Pass --allow-remote to do it anyway.`,
  );
}

export function resolveCwd(cwd: string | undefined): string {
  if (!cwd) return process.cwd();
  return isAbsolute(cwd) ? cwd : resolve(process.cwd(), cwd);
}
