import { realpathSync } from "node:fs";
import { writeRuntimeFile } from "../common/runtime-file";
import { VERSION } from "../common/version";

const LOOPBACK = ["127.0.0.1", "localhost", "::1"];

/**
 * Tells this user's proxies where the inspector is (the runtime file), so their sessions show up live in it. Only a
 * loopback inspector: a proxy sends its token nowhere else, and the feed route accepts loopback only. Removed on exit.
 */
export function announceInspector(origin: string, token: string, host: string): (() => void) | undefined {
  if (!LOOPBACK.includes(host)) return undefined;
  const url = new URL(origin);
  const loopbackOrigin = `http://${host === "::1" ? "[::1]" : "127.0.0.1"}:${url.port}`;
  return writeRuntimeFile({ pid: process.pid, url: loopbackOrigin, token, startedAt: new Date().toISOString(), version: VERSION }).remove;
}

/** The command line that sends a session to this inspector, with this node and this CLI by absolute path. */
export function proxyCommandLine(): string {
  const cli = process.argv[1] ? realpathSync(process.argv[1]) : "mcp-inspect";
  return `${quote(process.execPath)} ${quote(cli)} proxy -- <your server command>`;
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
