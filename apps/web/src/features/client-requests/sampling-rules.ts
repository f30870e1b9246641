import type { SamplingReply } from "./sampling-reply";

/** "Always answer this server's sampling requests with this reply." Keyed by server name. */
export interface SamplingRule {
  id: string;
  server: string;
  reply: SamplingReply;
  createdAt: number;
}

export const RULES_STORAGE_KEY = "mcp-inspect.sampling-rules";

/** The rule for a server, if any (the newest wins when there are several). */
export function findRule(rules: readonly SamplingRule[], server: string): SamplingRule | undefined {
  return rules.filter((rule) => rule.server === server).sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** Adds a rule, replacing the server's previous one: one rule per server keeps the behaviour predictable. */
export function addRule(rules: readonly SamplingRule[], rule: SamplingRule): SamplingRule[] {
  return [...rules.filter((r) => r.server !== rule.server), rule];
}

export function removeRule(rules: readonly SamplingRule[], id: string): SamplingRule[] {
  return rules.filter((rule) => rule.id !== id);
}

function isRule(value: unknown): value is SamplingRule {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const reply = v.reply as Record<string, unknown> | undefined;
  return typeof v.id === "string" && typeof v.server === "string" && typeof v.createdAt === "number" &&
    typeof reply === "object" && reply !== null && typeof reply.text === "string" && typeof reply.model === "string";
}

export function parseRules(stored: string | null): SamplingRule[] {
  if (!stored) return [];
  try {
    const raw: unknown = JSON.parse(stored);
    return Array.isArray(raw) ? raw.filter(isRule) : [];
  } catch {
    return [];
  }
}

/** The rules, persisted in localStorage, observable for useSyncExternalStore. */
export class SamplingRulesStore {
  #rules: SamplingRule[];
  readonly #listeners = new Set<() => void>();
  readonly #storage: Pick<Storage, "getItem" | "setItem"> | undefined;

  constructor(storage: Pick<Storage, "getItem" | "setItem"> | undefined = globalThis.localStorage) {
    this.#storage = storage;
    let stored: string | null = null;
    try {
      stored = storage?.getItem(RULES_STORAGE_KEY) ?? null;
    } catch {
      // Storage disabled: start empty.
    }
    this.#rules = parseRules(stored);
  }

  get = (): readonly SamplingRule[] => this.#rules;

  forServer(server: string): SamplingRule | undefined {
    return findRule(this.#rules, server);
  }

  add(server: string, reply: SamplingReply, now = Date.now()): SamplingRule {
    const rule = { id: `${now}-${Math.random().toString(36).slice(2, 8)}`, server, reply, createdAt: now };
    this.#set(addRule(this.#rules, rule));
    return rule;
  }

  remove(id: string): void {
    this.#set(removeRule(this.#rules, id));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #set(rules: SamplingRule[]): void {
    this.#rules = rules;
    try {
      this.#storage?.setItem(RULES_STORAGE_KEY, JSON.stringify(rules));
    } catch {
      // Kept for this page only.
    }
    for (const listener of [...this.#listeners]) listener();
  }
}

export const samplingRules = new SamplingRulesStore();
