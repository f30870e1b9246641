/** Deepest nesting a relayed message may have: far beyond any real MCP message, far below the stack limit. */
export const MAX_MESSAGE_DEPTH = 256;

/**
 * Whether JSON text opens more than `max` arrays/objects inside one another, read from the text
 * itself, before it is parsed: no recursion (a deep value would overflow any recursive walk) and no
 * allocation per element (a walk over the parsed value took 2.8 GB for one 60 MiB wide array).
 * Brackets inside strings do not count. Not a validator: malformed text is left to JSON.parse.
 */
export function textNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: jump to its closing quote, stepping over escapes (\" and \\).
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}
