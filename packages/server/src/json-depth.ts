/** Deepest nesting a relayed message may have: far beyond any real MCP message, far below the stack limit. */
export const MAX_MESSAGE_DEPTH = 256;

/**
 * Whether a parsed JSON value nests deeper than `max`. Iterative on purpose: the values it guards
 * against would overflow the stack of any recursive walk (JSON.stringify included).
 */
export function exceedsDepth(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
