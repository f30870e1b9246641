import type { AppDirection, AppFrame, Frame } from "./frame";

/**
 * The shape of what an MCP App's conversation brings in: the relay's `app-message` payload (from a browser tab) and
 * the `app` frames of a session file (possibly shared). Both are checked field by field, since their values reach
 * the log, the checks and the terminal; each problem is one sentence naming the field.
 */

/** The longest `app.instance`, `app.uri` or `app.tool`, in UTF-8 bytes: a resource URI, not a document. */
export const MAX_APP_FIELD_BYTES = 2048;

const DIRECTIONS: readonly AppDirection[] = ["app->host", "host->app"];
const APP_KEYS = new Set(["instance", "uri", "tool"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function utf8Bytes(text: string): number {
  // A string longer than the limit in UTF-16 units is longer in bytes too: no need to encode a huge one.
  return text.length > MAX_APP_FIELD_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function stringProblem(value: unknown, name: string): string | undefined {
  if (typeof value !== "string" || value === "") return `"${name}" must be a non-empty string`;
  if (utf8Bytes(value) > MAX_APP_FIELD_BYTES) return `"${name}" is longer than ${MAX_APP_FIELD_BYTES} bytes`;
  return undefined;
}

/**
 * What is wrong with a direction, app reference and message, or undefined when they are well-formed. `closed`: an
 * unknown field in `app` is refused (the relay's payloads are closed; a session file keeps fields it does not know).
 */
function partsProblem(dir: unknown, app: unknown, message: unknown, messageField: string, closed: boolean): string | undefined {
  if (!DIRECTIONS.includes(dir as AppDirection)) return `"dir" must be "app->host" or "host->app"`;
  if (!isPlainObject(app)) return `"app" must be an object { instance, uri, tool? }`;
  const extra = closed ? Object.keys(app).find((key) => !APP_KEYS.has(key)) : undefined;
  if (extra !== undefined) return `"app" has an unknown field ${JSON.stringify(extra)} (it takes instance, uri, tool)`;
  const problem = stringProblem(app.instance, "app.instance") ?? stringProblem(app.uri, "app.uri");
  if (problem) return problem;
  if (app.tool !== undefined && (typeof app.tool !== "string" || utf8Bytes(app.tool) > MAX_APP_FIELD_BYTES)) {
    return `"app.tool" must be a string of at most ${MAX_APP_FIELD_BYTES} bytes when present`;
  }
  if (!isPlainObject(message)) return `"${messageField}" must be a JSON object (one JSON-RPC message)`;
  return undefined;
}

/** What is wrong with a relay `{ type: "app-message", dir, app, message }` payload, or undefined when it is well-formed. */
export function appMessageProblem(payload: Record<string, unknown>): string | undefined {
  const extra = Object.keys(payload).find((key) => !["type", "dir", "app", "message"].includes(key));
  if (extra !== undefined) return `unknown field ${JSON.stringify(extra)} (it takes type, dir, app, message)`;
  return partsProblem(payload.dir, payload.app, payload.message, "message", true);
}

/** What is wrong with an `app` frame read from a session file, or undefined (other kinds: always undefined). */
export function appFrameProblem(frame: Frame): string | undefined {
  if (frame.kind !== "app") return undefined;
  const f = frame as Partial<AppFrame>;
  return partsProblem(f.dir, f.app, f.msg, "msg", false);
}
