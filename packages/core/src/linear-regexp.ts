import { RE2JS } from "re2js";

/** What Ajv needs from a compiled pattern. */
export interface RegExpLike {
  test(input: string): boolean;
}

/** The shape of Ajv's `code.regExp` option (`RegExpEngine`), declared here so this file needs no Ajv. */
export interface RegExpEngine {
  (pattern: string, flags: string): RegExpLike;
  code: string;
}

/**
 * A server's `pattern` as RE2 (re2js, a pure-JS port: linear time in the input, no backtracking),
 * or undefined when RE2 cannot express it (lookarounds, backreferences, huge repeats).
 * JSON Schema patterns are ECMA-262 syntax: `translateRegExp` maps `\u0041`, `(?<n>)` and friends to RE2's.
 */
export function compileLinear(pattern: string): RE2JS | undefined {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch {
    return undefined;
  }
}

/**
 * An Ajv `code.regExp` engine that cannot be made to backtrack: with JavaScript's RegExp one
 * `pattern` like `^(a+)+$` and a 35-character value freeze the event loop (ReDoS), and every
 * schema we validate comes from a server we may not trust. A pattern RE2 cannot compile is not
 * checked at all (its `test` accepts everything): skipping one constraint is safer than running
 * a backtracking engine on it, and `onUnsupported` lets the caller say so.
 */
export function createLinearRegExp(onUnsupported?: (pattern: string) => void): RegExpEngine {
  const engine = (pattern: string): RegExpLike => {
    const re = compileLinear(pattern);
    if (re) return { test: (input) => re.test(input), toString: () => `/${pattern}/` } as RegExpLike;
    onUnsupported?.(pattern);
    // Ajv caches compiled patterns by toString(): keep it per pattern so a later supported one is not shadowed.
    return { test: () => true, toString: () => `/${pattern}/ (unchecked)` } as RegExpLike;
  };
  return Object.assign(engine, { code: "linearRegExp" });
}

/** The engine for Ajv instances that need no report of unsupported patterns. */
export const linearRegExp: RegExpEngine = createLinearRegExp();
