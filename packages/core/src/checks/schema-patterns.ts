import { isObject } from "./checker-state";
import { escape, LIST, MAP, ONE } from "./schema-lint";

export interface SchemaPattern {
  pattern: string;
  /** JSON pointer inside the schema: a `pattern` keyword, or a `patternProperties` key. */
  path: string;
}

/** Every regular expression a schema carries, where it is. */
export function schemaPatterns(schema: unknown): SchemaPattern[] {
  const found: SchemaPattern[] = [];
  const walk = (node: unknown, path: string, depth: number): void => {
    if (!isObject(node) || depth > 64) return;
    if (typeof node.pattern === "string") found.push({ pattern: node.pattern, path: `${path}/pattern` });
    if (isObject(node.patternProperties)) {
      for (const key of Object.keys(node.patternProperties)) found.push({ pattern: key, path: `${path}/patternProperties/${escape(key)}` });
    }
    for (const key of ONE) if (key in node && !Array.isArray(node[key])) walk(node[key], `${path}/${key}`, depth + 1);
    for (const key of LIST) if (Array.isArray(node[key])) (node[key] as unknown[]).forEach((s, i) => walk(s, `${path}/${key}/${i}`, depth + 1));
    for (const key of MAP) {
      const map = node[key];
      if (isObject(map)) for (const [name, s] of Object.entries(map)) walk(s, `${path}/${key}/${escape(name)}`, depth + 1);
    }
    walk(node.additionalProperties, `${path}/additionalProperties`, depth + 1);
  };
  walk(schema, "", 0);
  return found;
}

/**
 * Whether a pattern repeats a group that itself repeats without bound, as in `^(a+)+$` or `(\w*)*`:
 * the classic shape (star height above one) on which a backtracking engine (JavaScript, Python,
 * Java) takes exponential time on a near-miss. A heuristic: overlapping alternatives such as
 * `(a|a)*` are not caught; a false alarm costs a warning, not a refusal.
 */
export function hasNestedQuantifier(pattern: string): boolean {
  // Per open group: whether something inside it repeats without bound.
  const groups: boolean[] = [false];
  // What the next quantifier applies to: an atom (false) or a group that repeats inside (true).
  let lastRepeats = false;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "\\") {
      i += 2;
      lastRepeats = false;
    } else if (c === "[") {
      i++;
      if (pattern[i] === "^") i++;
      if (pattern[i] === "]") i++;
      while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
      i++;
      lastRepeats = false;
    } else if (c === "(") {
      groups.push(false);
      i++;
      if (pattern[i] === "?") i++; // (?:  (?=  (?<name>: the "?" is not a quantifier
    } else if (c === ")") {
      const inner = groups.length > 1 ? groups.pop()! : false;
      lastRepeats = inner;
      groups[groups.length - 1] ||= inner;
      i++;
    } else {
      const unbounded = unboundedQuantifierAt(pattern, i);
      if (unbounded) {
        if (lastRepeats) return true;
        groups[groups.length - 1] = true;
        i += unbounded;
        if (pattern[i] === "?" || pattern[i] === "+") i++; // lazy or possessive marker
      } else {
        i++;
      }
      lastRepeats = false;
    }
  }
  return false;
}

/** The length of an unbounded quantifier (`*`, `+`, `{n,}`) at `i`, else 0. */
function unboundedQuantifierAt(pattern: string, i: number): number {
  const c = pattern[i];
  if (c === "*" || c === "+") return 1;
  if (c !== "{") return 0;
  const m = /^\{\d+,\}/.exec(pattern.slice(i, i + 24));
  return m ? m[0].length : 0;
}
