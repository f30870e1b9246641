import { chmodSync, closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import envPaths from "env-paths";

/**
 * How a running inspector is found by the processes that want to talk to it (`proxy` publishing a session, `watch`,
 * `proxy --ui`): one small JSON file per running inspector in a per-user runtime folder. The file holds the token, so
 * the folder is 0700 and the file 0600, both checked to be ours when read.
 */
export interface RuntimeInfo {
  pid: number;
  /** Loopback origin with its port, e.g. http://127.0.0.1:6277 (no token in it). */
  url: string;
  token: string;
  /** ISO 8601. */
  startedAt: string;
  version: string;
}

/** `MCP_INSPECT_RUNTIME_DIR` (tests, several users' setups), else `$XDG_RUNTIME_DIR/mcp-inspect`, else the per-user temp folder. */
export function runtimeDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MCP_INSPECT_RUNTIME_DIR) return env.MCP_INSPECT_RUNTIME_DIR;
  if (env.XDG_RUNTIME_DIR) return join(env.XDG_RUNTIME_DIR, "mcp-inspect");
  return envPaths("mcp-inspect", { suffix: "" }).temp;
}

/**
 * Writes this process's file (`<pid>.json`) and removes it when the process exits. Returns the path and the remover.
 * Never through a symlink: the file is created exclusively with O_NOFOLLOW after removing our own stale one.
 */
export function writeRuntimeFile(info: RuntimeInfo, env: NodeJS.ProcessEnv = process.env): { path: string; remove: () => void } {
  const dir = runtimeDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is masked by the umask and leaves an existing folder as it is.
  chmodSync(dir, 0o700);
  const path = join(dir, `${info.pid}.json`);
  try {
    unlinkSync(path);
  } catch {
    // none left over from a dead process with our pid
  }
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    writeSync(fd, JSON.stringify(info) + "\n");
  } finally {
    closeSync(fd);
  }
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off("exit", remove);
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.on("exit", remove);
  return { path, remove };
}

/**
 * The inspectors running for this user, newest first. Files of processes that are gone are removed; files that are
 * not ours, not regular, readable by others or malformed are ignored.
 */
export function readRuntimeFiles(env: NodeJS.ProcessEnv = process.env): RuntimeInfo[] {
  const dir = runtimeDir(env);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /^\d+\.json$/.test(name));
  } catch {
    return [];
  }
  const found: RuntimeInfo[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = readOne(path);
    if (!info) continue;
    if (!alive(info.pid)) {
      try {
        unlinkSync(path);
      } catch {
        // another reader cleaned it first
      }
      continue;
    }
    found.push(info);
  }
  return found.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** The newest running inspector, if any. */
export function findInspector(env: NodeJS.ProcessEnv = process.env): RuntimeInfo | undefined {
  return readRuntimeFiles(env)[0];
}

function readOne(path: string): RuntimeInfo | undefined {
  try {
    const stat = lstatSync(path);
    const mine = process.getuid === undefined || stat.uid === process.getuid();
    if (!stat.isFile() || !mine || (stat.mode & 0o077) !== 0) return undefined;
    const raw = JSON.parse(readFileSync(path, "utf8")) as Partial<RuntimeInfo>;
    if (!Number.isSafeInteger(raw.pid) || typeof raw.token !== "string" || typeof raw.url !== "string" || typeof raw.startedAt !== "string") return undefined;
    // Only ever a loopback inspector: the token must not be sent anywhere else.
    const url = new URL(raw.url);
    if (url.protocol !== "http:" || !["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return undefined;
    return { pid: raw.pid!, url: url.origin, token: raw.token, startedAt: raw.startedAt, version: typeof raw.version === "string" ? raw.version : "" };
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    // ESRCH: gone. EPERM: that pid now runs as someone else, so it is not the inspector that wrote a file in our folder.
    return false;
  }
}
