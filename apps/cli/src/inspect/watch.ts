import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { watch } from "chokidar";
import { UsageError } from "../common/usage-error";
import { printErr } from "../common/terminal-text";

/** Changes under these never restart the server: dependencies, git's own files, dotfiles (editor swap files, .env.local...). */
export function isIgnoredChange(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((part) => part === "node_modules" || part.startsWith("."));
}

export interface WatchOptions {
  /** Files that change because of us (the session recordings, which come and go with servers) and must not trigger a restart. */
  ignoreFiles?: () => string[];
  debounceMs?: number;
}

export interface Watching {
  /** Resolves once the first scan is done: changes from then on are seen. */
  ready: Promise<void>;
  close: () => Promise<void>;
}

/**
 * Calls `onChange` with the changed file (relative to the cwd) once changes under `path` have been
 * quiet for 300 ms: a build writes many files, the server should restart once.
 *
 * chokidar rather than `fs.watch`: an editor's safe save (write a temp file, rename it over the
 * original) replaces the inode, and `fs.watch` on a file goes deaf after the first such save.
 */
export function watchForChanges(path: string, onChange: (file: string) => void, options: WatchOptions = {}): Watching {
  const root = resolve(path);
  if (!existsSync(root)) throw new UsageError(`--watch ${path}: no such file or folder (${root})`);
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(root, {
    ignoreInitial: true,
    // Judged below the watched path, so `--watch .config/server` itself still works.
    ignored: (file) => isIgnoredChange(relative(root, file)),
  });
  watcher.on("all", (_event, file) => {
    if ((options.ignoreFiles?.() ?? []).some((ignored) => resolve(ignored) === file)) return;
    const changed = relative(process.cwd(), file) || file;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(changed), options.debounceMs ?? 300);
  });
  watcher.on("error", (error) => printErr(`! --watch: ${error instanceof Error ? error.message : String(error)}\n`));
  const ready = new Promise<void>((done) => watcher.once("ready", () => done()));
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
