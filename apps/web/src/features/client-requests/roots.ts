import type { Root } from "@modelcontextprotocol/client";

/** What the server under test may look at: roots as the person edits them (name optional). */
export type RootEntry = Root;

/** An absolute POSIX or Windows path as a `file://` URI, each segment percent-encoded. */
export function pathToFileUri(path: string): string {
  const slashed = path.replace(/\\/g, "/");
  // A Windows drive path (C:/x) gets the extra slash of file:///C:/x.
  const absolute = /^[A-Za-z]:\//.test(slashed) ? `/${slashed}` : slashed;
  if (!absolute.startsWith("/")) throw new Error(`not an absolute path: ${path}`);
  const encoded = absolute
    .split("/")
    .map((segment, i) => (i === 1 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join("/");
  return `file://${encoded}`;
}

/** The last path segment of a `file://` URI, decoded: a default name for a root. */
export function rootLabel(uri: string): string {
  const segments = uri.replace(/^file:\/\//, "").split("/").filter(Boolean);
  const last = segments.at(-1);
  if (!last) return "/";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Why a URI the person typed cannot be a root, or undefined when it can. */
export function rootUriProblem(uri: string): string | undefined {
  const trimmed = uri.trim();
  if (trimmed === "") return "Enter a file:// URI";
  if (!trimmed.startsWith("file://")) return "A root must be a file:// URI (the spec allows no other scheme)";
  try {
    const url = new URL(trimmed);
    if (url.pathname === "" || url.pathname === "/" && trimmed !== "file:///") return "The URI has no path";
  } catch {
    return "Not a valid URI";
  }
  if (/\s/.test(trimmed)) return "Spaces must be percent-encoded (%20)";
  return undefined;
}

/** Turns what the person typed (a URI or an absolute path) into a root URI; throws with the reason when it cannot. */
export function toRootUri(input: string): string {
  const trimmed = input.trim();
  const uri = trimmed.startsWith("/") || /^[A-Za-z]:[\\/]/.test(trimmed) ? pathToFileUri(trimmed) : trimmed;
  const problem = rootUriProblem(uri);
  if (problem) throw new Error(problem);
  return uri;
}

/** The target's working directory, as the one root a fresh target starts with. */
export function defaultRoots(cwd: string | undefined): RootEntry[] {
  if (!cwd) return [];
  try {
    const uri = pathToFileUri(cwd);
    return [{ uri, name: rootLabel(uri) }];
  } catch {
    return [];
  }
}

/** Reads stored roots; undefined when nothing (valid) is stored, so the default applies. */
export function parseRoots(stored: string | null): RootEntry[] | undefined {
  if (!stored) return undefined;
  try {
    const raw: unknown = JSON.parse(stored);
    if (!Array.isArray(raw)) return undefined;
    return raw
      .filter((r): r is { uri: string; name?: unknown } => typeof r === "object" && r !== null && typeof (r as { uri?: unknown }).uri === "string")
      .filter((r) => rootUriProblem(r.uri) === undefined)
      .map((r) => (typeof r.name === "string" && r.name !== "" ? { uri: r.uri, name: r.name } : { uri: r.uri }));
  } catch {
    return undefined;
  }
}
