/**
 * JSON text of `value`, but at most about `limit` characters: the walk stops once the budget is
 * spent, so a 10 MB message costs no more than a small one. `truncated` says whether it stopped early.
 */
export function boundedJson(value: unknown, limit: number): { text: string; truncated: boolean } {
  const parts: string[] = [];
  let used = 0;
  const push = (s: string): boolean => {
    if (used + s.length > limit) {
      parts.push(s.slice(0, Math.max(0, limit - used)));
      used = limit;
      return false;
    }
    parts.push(s);
    used += s.length;
    return true;
  };
  const walk = (v: unknown): boolean => {
    if (v === null || typeof v !== "object") {
      if (typeof v === "string") return push(JSON.stringify(v.length > limit ? v.slice(0, limit) : v));
      return push(v === undefined || typeof v === "function" || typeof v === "symbol" ? "null" : String(v));
    }
    if (Array.isArray(v)) {
      if (!push("[")) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !push(",")) || !walk(v[i])) return false;
      return push("]");
    }
    if (!push("{")) return false;
    let first = true;
    for (const [k, child] of Object.entries(v)) {
      if (child === undefined) continue;
      if ((!first && !push(",")) || !push(`${JSON.stringify(k)}:`) || !walk(child)) return false;
      first = false;
    }
    return push("}");
  };
  const complete = walk(value);
  return { text: parts.join(""), truncated: !complete };
}
