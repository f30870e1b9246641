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
