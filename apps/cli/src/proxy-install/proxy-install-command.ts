import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { getNodeValue } from "jsonc-parser";
import { UsageError } from "../common/usage-error";
import { locateEntry, stringProperty, type ConfigFormat, type LocatedEntry } from "./config-locate";
import { argsCreatedShape, installProxy, proxiedShape, uninstallProxy, type Launcher } from "./entry-rewrite";

export interface ProxyInstallFlags {
  config: string;
  server: string;
  recordDir?: string;
  format?: ConfigFormat;
  project?: string;
  userScope?: boolean;
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Output = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/**
 * The running CLI by absolute path: this node and this cli.js. Not `npx mcp-inspect`: npx resolves the
 * package on every start (slow, may need the network, may pick another version than the one that wrote the
 * entry) while clients give a server a few seconds to start. The price: after moving or reinstalling
 * mcp-inspect, run install again (uninstall reads only the entry, so it works regardless).
 */
export function currentLauncher(): Launcher {
  return { command: process.execPath, args: [realpathSync(process.argv[1]!)] };
}

/**
 * The proxy's --record for --record-dir: one file per server in that folder, each run of the server appended
 * to it as a session (the proxy's own --record does that).
 */
function recordFile(flags: ProxyInstallFlags): string | undefined {
  if (flags.recordDir === undefined) return undefined;
  return join(resolve(flags.recordDir), `${flags.server.replace(/[^A-Za-z0-9_.-]+/g, "-")}.jsonl`);
}

/** The copy of the file as it was before the last install/uninstall, next to it. */
export function backupPath(file: string): string {
  return `${file}.mcp-inspect.bak`;
}

// Notepad saves with a UTF-8 byte order mark; the JSON parser would take it for a stray character. It is
// set aside while editing and written back.
const BOM = "\uFEFF";

function readConfig(file: string): { text: string; bom: string } {
  try {
    const text = readFileSync(file, "utf8");
    return text.startsWith(BOM) ? { text: text.slice(1), bom: BOM } : { text, bom: "" };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `config file not found: ${resolve(file)}` : `cannot read config file ${file}: ${(error as Error).message}`);
  }
}

/** The whole lines the entry spans, before and after: the edits stay inside the entry, so that is the diff. */
export function entryDiff(before: string, after: string, entry: LocatedEntry): string {
  const start = before.lastIndexOf("\n", entry.property.offset) + 1;
  const endOf = (text: string, from: number) => {
    const nl = text.indexOf("\n", from);
    return nl < 0 ? text.length : nl;
  };
  const oldEnd = endOf(before, entry.property.offset + entry.property.length);
  const newEnd = endOf(after, entry.property.offset + entry.property.length + after.length - before.length);
  const lines = (text: string, sign: string) => text.split("\n").map((l) => `${sign} ${l.replace(/\r$/, "")}\n`).join("");
  return lines(before.slice(start, oldEnd), "-") + lines(after.slice(start, newEnd), "+");
}

function header(verb: string, file: string, entry: LocatedEntry): string {
  return `${verb} ${file} (${entry.formatLabel}), ${entry.path}:\n`;
}

function write(file: string, after: string): string {
  const backup = backupPath(file);
  // copyFile keeps the file's mode: ~/.claude.json is 0600 and may hold tokens.
  copyFileSync(file, backup);
  writeFileSync(file, after);
  return backup;
}

/** `proxy install`: exit 0 when the entry now starts through the proxy; usage problems throw UsageError (exit 2). */
export function runProxyInstall(flags: ProxyInstallFlags, launcher: Launcher = currentLauncher(), io: Output = stdio): number {
  const { text, bom } = readConfig(flags.config);
  const entry = locateEntry(text, flags.config, flags.server, flags);
  const after = installProxy(text, entry, flags.config, launcher, flags.server, recordFile(flags));
  // Never write what uninstall could not undo exactly.
  const check = uninstallProxy(after, locateEntry(after, flags.config, flags.server, flags), flags.config, stringProperty(entry.value, "args") !== undefined);
  if (check !== text) throw new Error(`proxy install: the rewrite of ${entry.path} would not undo exactly; ${flags.config} was left as it was`);
  if (flags.recordDir !== undefined) mkdirSync(resolve(flags.recordDir), { recursive: true });
  if (launcher.args.some((a) => /[\\/]_npx[\\/]/.test(a))) {
    io.err(`mcp-inspect: warning: this mcp-inspect runs from npx's cache (${launcher.args.join(" ")}), which npx may clean; install mcp-inspect (npm i -g mcp-inspect) and run proxy install again for an entry that lasts\n`);
  }
  const backup = write(flags.config, bom + after);
  if (basename(flags.config) === ".mcp.json") {
    io.err(`mcp-inspect: note: ${flags.config} is usually committed, and the entry now holds paths of this machine; run proxy uninstall before committing\n`);
  }
  io.out(header("proxy install: changed", flags.config, entry) + entryDiff(text, after, entry) + `backup of the file before: ${backup}\n`);
  return 0;
}

/** `proxy uninstall`: restores the entry from its own proxied args. */
export function runProxyUninstall(flags: ProxyInstallFlags, io: Output = stdio): number {
  const { text, bom } = readConfig(flags.config);
  const entry = locateEntry(text, flags.config, flags.server, flags);
  const after = uninstallProxy(text, entry, flags.config, argsCreatedShape(text, entry) ? argsExistedInBackup(flags) : undefined);
  const backup = write(flags.config, bom + after);
  io.out(header("proxy uninstall: restored", flags.config, entry) + entryDiff(text, after, entry) + `backup of the file before: ${backup}\n`);
  return 0;
}

/** Whether the backup holds this entry unproxied with an "args" key: the one thing the entry cannot say. */
function argsExistedInBackup(flags: ProxyInstallFlags): boolean | undefined {
  const backup = backupPath(flags.config);
  if (!existsSync(backup)) return undefined;
  try {
    const text = readFileSync(backup, "utf8").replace(/^\uFEFF/, "");
    // Read as the config file itself: the backup's name (.mcp-inspect.bak) says nothing of its format.
    const entry = locateEntry(text, flags.config, flags.server, flags);
    const obj = getNodeValue(entry.value) as { command?: unknown; args?: unknown };
    if (typeof obj.command !== "string" || (Array.isArray(obj.args) && proxiedShape(obj.command, obj.args as string[]))) return undefined;
    return obj.args !== undefined;
  } catch {
    return undefined;
  }
}
