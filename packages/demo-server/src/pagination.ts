// Opaque cursors over in-memory lists, so clients have to follow nextCursor the way the spec says.
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match?.[1]) throw new McpError(ErrorCode.InvalidParams, `Invalid cursor: ${cursor}`);
  return Number(match[1]);
}

/** One page of `items`; with no pageSize the whole list comes back and there is no nextCursor. */
export function paginate<T>(items: readonly T[], cursor: string | undefined, pageSize: number | undefined): Page<T> {
  const start = cursor === undefined ? 0 : decodeCursor(cursor);
  if (start > items.length) throw new McpError(ErrorCode.InvalidParams, `Cursor is past the end: ${cursor}`);
  if (pageSize === undefined) return { items: items.slice(start) };
  const end = start + pageSize;
  const page = items.slice(start, end);
  return end < items.length ? { items: page, nextCursor: encodeCursor(end) } : { items: page };
}
