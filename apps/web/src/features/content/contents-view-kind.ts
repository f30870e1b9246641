import { prettyIfJson } from "../../ui/format";

export type ContentsViewKind = "markdown" | "json" | "text" | "image" | "audio" | "video" | "binary" | "empty";

export interface ContentsLike {
  mimeType?: string | undefined;
  text?: string | undefined;
  blob?: string | undefined;
}

/** The base MIME type, lower-cased, without parameters (`text/markdown; charset=utf-8` → `text/markdown`). */
export function baseMime(mimeType: string | undefined): string {
  return (mimeType ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * How one resources/read entry is shown, by its MIME type: Markdown rendered, JSON (declared, or text that
 * parses as an object/array) pretty, other text as is; images, audio and video played inline; any other blob
 * offered as a download.
 */
export function contentsViewKind(contents: ContentsLike): ContentsViewKind {
  const mime = baseMime(contents.mimeType);
  if (typeof contents.text === "string") {
    if (mime === "text/markdown" || mime === "text/x-markdown") return "markdown";
    const declaredJson = mime === "application/json" || mime.endsWith("+json");
    if (prettyIfJson(contents.text).json || (declaredJson && isJson(contents.text))) return "json";
    return "text";
  }
  if (typeof contents.blob === "string") {
    if (mime.startsWith("image/")) return "image";
    if (mime.startsWith("audio/")) return "audio";
    if (mime.startsWith("video/")) return "video";
    return "binary";
  }
  return "empty";
}

/** MIME types whose blobs are text worth reading in place: text/*, JSON, XML, JavaScript, YAML. */
export function isTextualMime(mimeType: string | undefined): boolean {
  const mime = baseMime(mimeType);
  return (
    mime.startsWith("text/") ||
    mime === "application/json" ||
    mime.endsWith("+json") ||
    mime === "application/xml" ||
    mime.endsWith("+xml") ||
    mime === "application/javascript" ||
    mime === "application/yaml" ||
    mime === "application/x-yaml"
  );
}

/**
 * The text of a blob whose MIME type says it is text, decoded as UTF-8; undefined for other blobs, or
 * when the bytes are not valid base64 or UTF-8 (then it stays a download).
 */
export function decodeTextBlob(contents: ContentsLike): string | undefined {
  if (typeof contents.blob !== "string" || !isTextualMime(contents.mimeType)) return undefined;
  try {
    const binary = atob(contents.blob);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A file name for a download: the URI's last path segment, else "resource". */
export function downloadName(uri: string): string {
  const last = uri.replace(/[?#].*$/, "").split("/").filter(Boolean).pop() ?? "";
  if (last === "" || last.endsWith(":")) return "resource";
  return safeDecode(last).replace(/[\\/:*?"<>|]/g, "_");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
