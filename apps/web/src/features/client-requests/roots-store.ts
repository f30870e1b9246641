import { defaultRoots, parseRoots, type RootEntry } from "./roots";

const PREFIX = "mcp-inspect.roots:";

/** Per-target roots, persisted in localStorage, observable for useSyncExternalStore. */
export class RootsStore {
  readonly #cache = new Map<string, readonly RootEntry[]>();
  readonly #listeners = new Set<() => void>();
  readonly #storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined;

  constructor(storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined = globalThis.localStorage) {
    this.#storage = storage;
  }

  /** The roots for a target: what the person saved, else its working directory. */
  get(key: string, cwd: string | undefined): readonly RootEntry[] {
    const cacheKey = `${key}\u0000${cwd ?? ""}`;
    let roots = this.#cache.get(cacheKey);
    if (!roots) {
      roots = parseRoots(this.#read(key)) ?? defaultRoots(cwd);
      this.#cache.set(cacheKey, roots);
    }
    return roots;
  }

  set(key: string, roots: readonly RootEntry[]): void {
    this.#write(key, JSON.stringify(roots));
    this.#changed();
  }

  /** Back to the default (the working directory). */
  reset(key: string): void {
    try {
      this.#storage?.removeItem(PREFIX + key);
    } catch {
      // Storage may be disabled; the roots then live for this page only.
    }
    this.#memory.delete(key);
    this.#changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  // Fallback when storage throws (private mode, quota): the page still works.
  readonly #memory = new Map<string, string>();

  #read(key: string): string | null {
    try {
      return this.#storage?.getItem(PREFIX + key) ?? this.#memory.get(key) ?? null;
    } catch {
      return this.#memory.get(key) ?? null;
    }
  }

  #write(key: string, value: string): void {
    this.#memory.set(key, value);
    try {
      this.#storage?.setItem(PREFIX + key, value);
    } catch {
      // Kept in memory only.
    }
  }

  #changed(): void {
    this.#cache.clear();
    for (const listener of [...this.#listeners]) listener();
  }
}

export const rootsStore = new RootsStore();
