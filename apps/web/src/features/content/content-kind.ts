import type { ContentBlock } from "@modelcontextprotocol/client";
import { prettyIfJson } from "../../ui/format";
import { looksLikeMarkdown } from "./markdown";

export type TextFormat = "json" | "markdown" | "plain";
export type ContentKind = "text" | "image" | "audio" | "resource_link" | "resource" | "unknown";

const KNOWN = new Set<string>(["text", "image", "audio", "resource_link", "resource"]);

/** Which view a content block gets; anything outside the spec's types (or malformed) is "unknown". */
export function contentKind(block: unknown): ContentKind {
  if (typeof block !== "object" || block === null) return "unknown";
  const { type } = block as { type?: unknown };
  if (typeof type !== "string" || !KNOWN.has(type)) return "unknown";
  const b = block as ContentBlock;
  const valid =
    (b.type === "text" && typeof b.text === "string") ||
    ((b.type === "image" || b.type === "audio") && typeof b.data === "string" && typeof b.mimeType === "string") ||
    (b.type === "resource_link" && typeof b.uri === "string") ||
    (b.type === "resource" && typeof b.resource === "object" && b.resource !== null);
  return valid ? (type as ContentKind) : "unknown";
}

/** How text is shown: pretty JSON when it parses, Markdown when it looks like it (or says so), else plain. */
export function textFormat(text: string, mimeType?: string): TextFormat {
  if (prettyIfJson(text).json) return "json";
  if (mimeType === "text/markdown" || looksLikeMarkdown(text)) return "markdown";
  return "plain";
}
