import { isRequest, RequestPairer, type Frame } from "@mcp-inspect/core";

/** A tool as the server listed it: what the read-only view shows of it. */
export interface RecordedTool {
  name: string;
  title?: string;
  description?: string;
}

/** The tools the server listed last in a session (every page of that listing), and the frame that listed them; undefined if it never did. */
export function recordedTools(frames: readonly Frame[]): { tools: RecordedTool[]; seq: number } | undefined {
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  let listing: { tools: RecordedTool[]; seq: number } | undefined;
  for (const frame of frames) {
    if (frame.kind !== "message" || frame.dir !== "client->server" || !isRequest(frame) || frame.msg.method !== "tools/list") continue;
    const result = (pairer.get(frame.seq)?.response?.msg as { result?: { tools?: unknown } } | undefined)?.result;
    if (!Array.isArray(result?.tools)) continue;
    // A request without a cursor starts a new listing; one with a cursor adds the next page to it.
    const cursor = (frame.msg.params as { cursor?: unknown } | undefined)?.cursor;
    const tools = result.tools.filter(isTool).map(({ name, title, description }) => ({ name, ...(typeof title === "string" ? { title } : {}), ...(typeof description === "string" ? { description } : {}) }));
    listing = cursor === undefined || !listing ? { tools, seq: frame.seq } : { tools: [...listing.tools, ...tools], seq: listing.seq };
  }
  return listing;
}

function isTool(value: unknown): value is { name: string; title?: unknown; description?: unknown } {
  return typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string";
}
