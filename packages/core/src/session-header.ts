import { isProtocolMode, PROTOCOL_REVISIONS, type ProtocolMode } from "./protocol-mode";
/** The `format` of a session file's first line. */
export const SESSION_FORMAT = "mcp-inspect-session";

/** What was inspected. Secrets (values given with -e, headers) never appear here: only their names. */
export type SessionTarget = StdioSessionTarget | HttpSessionTarget;

/** A server launched as a child process and spoken to over stdin/stdout. */
export type StdioSessionTarget = {
  type: "stdio";
  command: string;
  args: string[];
  cwd: string;
  /** Names of the variables added with -e; their values are never recorded. */
  envKeys: string[];
  /** Set when the target is the bundled demo server. */
  demo?: boolean;
};

/** How a remote target is spoken to: "auto" tries Streamable HTTP and falls back to SSE on 404/405. */
export type HttpTransportKind = "auto" | "streamable-http" | "sse";

/** A server reached by URL (Streamable HTTP or the older HTTP+SSE transport). */
export type HttpSessionTarget = {
  type: "http";
  url: string;
  transport: HttpTransportKind;
  /** Names of the headers added with --header; their values are never recorded. */
  headerNames: string[];
};

/** First line of a session file. */
export interface SessionHeader {
  format: typeof SESSION_FORMAT;
  version: number;
  id: string;
  target: SessionTarget;
  inspector: { name: string; version: string };
  /** ISO 8601 time the session started; frame times count from it. */
  startedAt: string;
  /** The `--protocol` the session was started with (absent: auto). The era it ended up in is in its frames. */
  protocol?: ProtocolMode;
}


/** A variable name as `-e` and config files accept it (POSIX): nothing that could end a comment or a string. */
export const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** RFC 9110 token characters: what fetch accepts as a header name. */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const TRANSPORTS: readonly HttpTransportKind[] = ["auto", "streamable-http", "sse"];

/** A file that is not a session, or whose header is wrong: the message is one line that says why. */
export class SessionFileError extends Error {
  override name = "SessionFileError";
}

/**
 * Checks every field of a session header read from a file, which may be shared, hand-written or
 * from another tool: values end up in generated test code, commands and the terminal. A field
 * that is missing gets a sane default when one exists (no `cwd`: the session file's folder, "."),
 * a field that is there but wrong is an error naming it. Fields it does not know are kept.
 */
export function validateSessionHeader(raw: Record<string, unknown>): SessionHeader {
  const id = optional(raw, "id", "string", "unknown");
  const startedAt = optional(raw, "startedAt", "string", new Date(0).toISOString());
  if (Number.isNaN(Date.parse(startedAt))) fail("startedAt", startedAt, "is not an ISO 8601 time");
  const inspectorRaw = raw.inspector === undefined ? {} : raw.inspector;
  if (!isObject(inspectorRaw)) fail("inspector", inspectorRaw, "is not an object");
  const inspector = { ...inspectorRaw, name: optional(inspectorRaw, "name", "string", "unknown", "inspector."), version: optional(inspectorRaw, "version", "string", "unknown", "inspector.") };
  if (!isObject(raw.target)) fail("target", raw.target, raw.target === undefined ? "is missing" : "is not an object");
  if (raw.protocol !== undefined && !isProtocolMode(raw.protocol)) fail("protocol", raw.protocol, `is not auto or a protocol revision (${PROTOCOL_REVISIONS.join(", ")})`);
  return { ...(raw as object), format: raw.format, version: raw.version, id, target: validateTarget(raw.target), inspector, startedAt } as SessionHeader;
}

function validateTarget(target: Record<string, unknown>): SessionTarget {
  if (target.type === "http") {
    const url = required(target, "url", "string");
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return fail("target.url", url, "is not a URL");
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") fail("target.url", url, "is not an http(s) URL");
    const transport = optional(target, "transport", "string", "auto", "target.");
    if (!TRANSPORTS.includes(transport as HttpTransportKind)) fail("target.transport", transport, `is not one of ${TRANSPORTS.join(", ")}`);
    const headerNames = strings(target, "headerNames", HEADER_NAME, "is not a header name");
    return { ...target, type: "http", url, transport: transport as HttpTransportKind, headerNames };
  }
  if (target.type !== "stdio" && target.type !== undefined) fail("target.type", target.type, 'is not "stdio" or "http"');
  const command = required(target, "command", "string");
  if (command === "" || /[\0\r\n]/.test(command)) fail("target.command", command, "is empty or holds a line break or NUL");
  const args = strings(target, "args");
  const cwd = optional(target, "cwd", "string", ".", "target.");
  if (/\0/.test(cwd)) fail("target.cwd", cwd, "holds a NUL");
  const envKeys = strings(target, "envKeys", ENV_KEY, "is not a variable name");
  if (target.demo !== undefined && typeof target.demo !== "boolean") fail("target.demo", target.demo, "is not true or false");
  return { ...target, type: "stdio", command, args, cwd, envKeys };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function required(object: Record<string, unknown>, key: string, type: "string"): string {
  const value = object[key];
  if (typeof value !== type) fail(`target.${key}`, value, value === undefined ? "is missing" : `is not a ${type}`);
  return value as string;
}

function optional(object: Record<string, unknown>, key: string, type: "string", fallback: string, prefix = ""): string {
  const value = object[key];
  if (value === undefined) return fallback;
  if (typeof value !== type) fail(`${prefix}${key}`, value, `is not a ${type}`);
  return value as string;
}

/** A list of strings (missing: empty), each matching `grammar` when one is given. */
function strings(object: Record<string, unknown>, key: string, grammar?: RegExp, what = ""): string[] {
  const value = object[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(`target.${key}`, value, "is not a list");
  value.forEach((item, i) => {
    if (typeof item !== "string") fail(`target.${key}[${i}]`, item, "is not a string");
    if (grammar && !grammar.test(item)) fail(`target.${key}[${i}]`, item, what);
  });
  return value as string[];
}

/** One line: the value JSON-quoted (so a newline shows as \n) and cut short. */
function fail(field: string, value: unknown, why: string): never {
  let shown = JSON.stringify(value) ?? String(value);
  shown = shown.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (shown.length > 80) shown = `${shown.slice(0, 80)}…`;
  throw new SessionFileError(`bad session header: field "${field}" ${why} (${shown})`);
}
