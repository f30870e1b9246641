/**
 * The log's search syntax (also the search box's tooltip):
 *   text                 rows whose method, id, summary or message JSON contain it (case-insensitive)
 *   "a.b"                quoted: text, even when it looks like a path
 *   $.params.name        a JSON path ($. optional with two or more segments, e.g. params.arguments.message):
 *                        rows whose message has a value there
 *   path == value        ... equal to value (JSON: "echo", 42, true, null; a bare word is a string)
 *   path != value        ... present and not equal
 *   path ~ text          ... whose value contains text (case-insensitive)
 * Segments: names, [n] array indexes, ["odd key"]. Paths apply to the JSON-RPC message (other rows: the frame).
 */
export const QUERY_HELP = [
  "text — method, id, summary or message JSON contains it",
  '"a.b" — quoted: plain text',
  "$.params.name or params.arguments.message — has a value at that JSON path",
  'path == "echo" · path != 3 · path ~ text (contains)',
  'Segments: name, [0], ["odd key"]; $. is optional with 2+ segments',
];

export type PathSegment = string | number;

export type LogQuery =
  | { type: "all" }
  | { type: "text"; needle: string }
  | { type: "path"; path: PathSegment[]; op: "exists" }
  | { type: "path"; path: PathSegment[]; op: "==" | "!=" | "~"; value: unknown };

export type ParsedQuery = { ok: true; query: LogQuery } | { ok: false; error: string };

const SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\])/;
const BARE_PATH = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*|\[\d+\])+(?=\s*(?:==|!=|~|$))/;

export function parseQuery(input: string): ParsedQuery {
  const q = input.trim();
  if (!q) return { ok: true, query: { type: "all" } };
  if (q.length >= 2 && q.startsWith('"') && q.endsWith('"')) return { ok: true, query: { type: "text", needle: q.slice(1, -1).toLowerCase() } };
  let rest: string;
  if (q.startsWith("$")) rest = q.slice(1);
  else if (BARE_PATH.test(q)) rest = `.${q}`;
  else return { ok: true, query: { type: "text", needle: q.toLowerCase() } };

  const path: PathSegment[] = [];
  for (;;) {
    const m = SEGMENT.exec(rest);
    if (!m) break;
    path.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`) as string));
    rest = rest.slice(m[0].length);
  }
  rest = rest.trim();
  if (path.length === 0 && !rest) return { ok: false, error: "A path needs at least one segment after $, e.g. $.method" };
  if (!rest) return { ok: true, query: { type: "path", path, op: "exists" } };
  const op = /^(==|!=|~)\s*/.exec(rest);
  if (!op) return { ok: false, error: `Cannot read the path at "${rest.slice(0, 20)}": use .name, [0] or ["key"], then ==, != or ~` };
  const raw = rest.slice(op[0].length).trim();
  if (!raw) return { ok: false, error: `Missing the value after ${op[1]}` };
  const operator = op[1] as "==" | "!=" | "~";
  if (operator === "~") return { ok: true, query: { type: "path", path, op: operator, value: unquote(raw).toLowerCase() } };
  return { ok: true, query: { type: "path", path, op: operator, value: literal(raw) } };
}

function literal(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function unquote(raw: string): string {
  const value = literal(raw);
  return typeof value === "string" ? value : raw;
}

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (typeof segment === "number" && !Array.isArray(current)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Whether a path query matches `root` (the message); text queries are matched by `matchesText`. */
export function matchesPath(query: Extract<LogQuery, { type: "path" }>, root: unknown): boolean {
  const value = valueAt(root, query.path);
  if (value === undefined) return false;
  switch (query.op) {
    case "exists":
      return true;
    case "==":
      return sameValue(value, query.value);
    case "!=":
      return !sameValue(value, query.value);
    case "~":
      return (typeof value === "string" ? value : String(JSON.stringify(value))).toLowerCase().includes(query.value as string);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "$.params.arguments[0]" for a path: what "copy path" copies. */
export function formatPath(path: readonly PathSegment[]): string {
  return `$${path.map((s) => (typeof s === "number" ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join("")}`;
}
