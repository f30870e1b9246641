import type { Frame, MessageFrame } from "@mcp-inspect/core";
import type { Finding } from "@mcp-inspect/core/checks";

const NAMED_LISTS = new Set(["tools", "prompts", "resources", "resourceTemplates"]);

/**
 * Where a finding is, in words a person can act on: the method, the tool/prompt/resource the JSON
 * path points into, and the frame seq to look up in the session file or the UI.
 */
export function describeWhere(finding: Finding, frames: readonly Frame[]): string | undefined {
  if (finding.about === undefined) return finding.path;
  const frame = frames.find((f) => f.seq === finding.about);
  const parts: string[] = [];
  if (frame?.kind === "message") {
    const method = typeof frame.msg.method === "string" ? frame.msg.method : requestMethod(frame, frames);
    if (method) parts.push(`${method} ${typeof frame.msg.method === "string" ? (frame.msg.id === undefined ? "notification" : "request") : "response"}`);
    const item = finding.path ? namedItem(frame, finding.path) : undefined;
    if (item) parts.push(item);
  } else if (frame?.kind === "stdout-noise") parts.push(`stdout, ${initializeAnswered(frames, frame.seq) ? "after" : "before"} initialize was answered`);
  else if (frame?.kind === "process") parts.push(`process ${frame.event}`);
  parts.push(`frame #${finding.about}`);
  if (finding.path) parts.push(finding.path);
  return parts.join(", ");
}

function initializeAnswered(frames: readonly Frame[], seq: number): boolean {
  const init = frames.find((f) => f.kind === "message" && f.dir === "client->server" && f.msg.method === "initialize") as MessageFrame | undefined;
  return frames.some((f) => f.seq < seq && f.kind === "message" && f.dir === "server->client" && init !== undefined && f.msg.id === init.msg.id && f.msg.method === undefined);
}

function requestMethod(response: MessageFrame, frames: readonly Frame[]): string | undefined {
  const dir = response.dir === "server->client" ? "client->server" : "server->client";
  for (let i = frames.indexOf(response) - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (f.kind === "message" && f.dir === dir && f.msg.id === response.msg.id && typeof f.msg.method === "string") return f.msg.method;
  }
  return undefined;
}

/** `/result/tools/3/inputSchema` -> `tool "search"`. */
function namedItem(frame: MessageFrame, path: string): string | undefined {
  const segments = path.split("/").slice(1);
  let node: unknown = frame.msg;
  for (let i = 0; i < segments.length; i++) {
    node = (node as Record<string, unknown> | undefined)?.[segments[i]!];
    const list = segments[i]!;
    if (NAMED_LISTS.has(list) && Array.isArray(node) && /^\d+$/.test(segments[i + 1] ?? "")) {
      const item = node[Number(segments[i + 1])] as { name?: unknown; uri?: unknown; uriTemplate?: unknown } | undefined;
      const label = item?.name ?? item?.uri ?? item?.uriTemplate;
      const noun = list === "resourceTemplates" ? "resource template" : list.slice(0, -1);
      return label === undefined ? undefined : `${noun} ${JSON.stringify(label)}`;
    }
  }
  return undefined;
}
