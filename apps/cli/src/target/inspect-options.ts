import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { maskUrl, parseProtocolMode, type ProtocolMode } from "@mcp-inspect/core";
import { UsageError } from "../common/usage-error";

export const DEFAULT_PORT = 6277;

/** The options of `mcp-inspect [options] [--] <command> [args...]`, as commander parses them. */
export interface InspectFlags {
  port: number;
  host: string;
  open: boolean;
  env: string[];
  cwd?: string;
  record?: string;
  append?: boolean;
  force?: boolean;
  token?: string;
  initTimeout: number;
  allowRemote?: boolean;
  url?: string;
  transport?: "streamable-http" | "sse";
  header: string[];
  /** `--protocol`: written into the session header, so the browser's client negotiates it. */
  protocol?: ProtocolMode;
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

/** `--protocol auto|<revision>`: a value that is neither is a usage error naming the accepted ones. */
export function parseProtocol(value: string): ProtocolMode {
  try {
    return parseProtocolMode(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
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

/**
 * `--record <file>` with `--append` or `--force`: what to do with a file that exists. Without either,
 * an existing file is an error at start, before any server runs (a second session used to be
 * appended silently). The recorder refuses again when it opens, so a file created meanwhile is safe.
 */
export function recordModeFrom(flags: { record?: string; append?: boolean; force?: boolean }): "new" | "append" | "overwrite" {
  if (flags.append && flags.force) throw new UsageError("--append and --force contradict each other: --append adds to the file, --force overwrites it");
  if ((flags.append || flags.force) && !flags.record) throw new UsageError(`--${flags.append ? "append" : "force"} applies to --record <file>: add --record`);
  if (flags.append) return "append";
  if (flags.force) return "overwrite";
  if (flags.record && existsSync(flags.record)) throw new UsageError(`--record: ${flags.record} already exists: pass --append to add this session to it, or --force to overwrite it`);
  return "new";
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

/** How to reach a remote server: `--url`, `--transport`, `--header` (repeatable). */
export interface RemoteFlags {
  url?: string;
  transport?: "streamable-http" | "sse";
  header: string[];
}

export const TRANSPORTS = ["streamable-http", "sse"] as const;

/** `--header "Name: value"`, repeatable. */
export function collectHeader(value: string, previous: string[]): string[] {
  parseHeaderLine(value);
  return [...previous, value];
}

export function parseHeaderLine(line: string): { name: string; value: string } {
  const colon = line.indexOf(":");
  const name = colon > 0 ? line.slice(0, colon).trim() : "";
  // RFC 9110 token characters: what fetch accepts as a header name.
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new UsageError(`--header takes "Name: value" (e.g. --header "Authorization: Bearer abc"), got "${line}"`);
  }
  return { name, value: line.slice(colon + 1).trim() };
}

export interface RemoteTarget {
  url: string;
  transport: "auto" | "streamable-http" | "sse";
  headers: Record<string, string>;
}

/** The remote target the flags name, or undefined for a stdio one; mixing the two is a usage error. */
export function remoteFromFlags(flags: RemoteFlags, commandLine: string[]): RemoteTarget | undefined {
  if (!flags.url) {
    if (flags.transport || flags.header.length > 0) throw new UsageError("--transport and --header need --url <url> (they apply to remote servers only)");
    return undefined;
  }
  if (commandLine.length > 0) throw new UsageError(`give either --url or a command to run, not both (got --url ${maskUrl(flags.url)} and "${commandLine.join(" ")}")`);
  let url: URL;
  try {
    url = new URL(flags.url);
  } catch {
    throw new UsageError(`--url must be an absolute http(s) URL such as http://localhost:3001/mcp, got "${maskUrl(flags.url)}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    const guess = flags.url.includes("//") ? "" : ` (did you mean http://${flags.url}?)`;
    throw new UsageError(`--url must use http or https, got "${url.protocol}" in "${maskUrl(flags.url)}"${guess}`);
  }
  const headers: Record<string, string> = {};
  for (const line of flags.header) {
    const { name, value } = parseHeaderLine(line);
    headers[name] = value;
  }
  if (url.username || url.password) {
    // As browsers and curl do: `user:pass@` becomes Basic authorization (fetch refuses such URLs), and
    // leaves the URL, so it is never recorded or shown; the header value is masked like any other.
    if (Object.keys(headers).some((name) => name.toLowerCase() === "authorization")) {
      throw new UsageError("--url has user:password@ and --header Authorization is given too: keep one of them");
    }
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    headers.Authorization = `Basic ${Buffer.from(credentials, "utf8").toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  return { url: url.href, transport: flags.transport ?? "auto", headers };
}
