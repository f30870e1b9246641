import { watch, statSync, type FSWatcher } from "node:fs";
import { join, relative, resolve } from "node:path";
import { UsageError } from "./usage-error";

/** Changes under these never restart the server: dependencies, git's own files, dotfiles (editor swap files, .env.local...). */
export function isIgnoredChange(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((part) => part === "node_modules" || part.startsWith("."));
}

export interface WatchOptions {
  /** Files that change because of us (the session recordings, which come and go with servers) and must not trigger a restart. */
  ignoreFiles?: () => string[];
  debounceMs?: number;
}

/**
 * Calls `onChange` with the changed file (relative to the cwd) once changes under `path` have been
 * quiet for 300 ms: a build writes many files, the server should restart once. Returns the stop function.
 */
export function watchForChanges(path: string, onChange: (file: string) => void, options: WatchOptions = {}): () => void {
  const root = resolve(path);
  let isDir: boolean;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    throw new UsageError(`--watch ${path}: no such file or folder (${root})`);
  }
  let timer: NodeJS.Timeout | undefined;
  let last = "";
  const watcher: FSWatcher = watch(root, { recursive: isDir }, (_event, name) => {
    const full = isDir ? join(root, name ? name.toString() : "") : root;
    if (isDir && (!name || isIgnoredChange(name.toString()))) return;
    if ((options.ignoreFiles?.() ?? []).some((file) => resolve(file) === full)) return;
    last = relative(process.cwd(), full) || full;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(last), options.debounceMs ?? 300);
  });
  watcher.on("error", (error) => process.stderr.write(`! --watch stopped: ${error.message}\n`));
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
