import type { Rule } from "@mcp-inspect/core/checks";

/**
 * The doctor's own rules: what only a client that drives the whole server can tell (it could not
 * start, a declared list fails). Frame-level protocol rules live in core's checks (RULES); when the
 * checker is absent the doctor falls back to a few of their ids, so ids stay the same either way.
 */
export const DOCTOR_RULES: readonly Rule[] = [
  { id: "start/command-not-found", severity: "error", title: "Command not found", hint: "Check the command and PATH; give the full path, or install the program.", source: "mcp-inspect doctor" },
  { id: "start/not-executable", severity: "error", title: "Command is not executable", hint: "chmod +x the file, or start it through its interpreter (node server.js, python3 server.py).", source: "mcp-inspect doctor" },
  { id: "start/spawn-failed", severity: "error", title: "Could not start the server", hint: "Check --cwd and the command line; run the command in a terminal to see the error.", source: "mcp-inspect doctor" },
  { id: "start/connect-failed", severity: "error", title: "Could not connect to the URL", hint: "Check the URL (with its path, e.g. /mcp or /sse), that the server listens there, --transport, and --header values such as Authorization.", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#streamable-http" },
  { id: "start/protocol-not-offered", severity: "error", title: "The --protocol revision is not offered", hint: "Run without --protocol (auto) to use what the server offers, or pin one of the revisions the message names.", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#version-negotiation" },
  { id: "start/exits-on-discover", severity: "warning", title: "The server exits on server/discover", hint: "Answer requests you do not know with error -32601 (method not found), also before initialize: 2026-07-28 clients open with server/discover, and a server that dies on it costs them a second start.", source: "https://www.jsonrpc.org/specification#error_object" },
  { id: "start/no-initialize-answer", severity: "error", title: "initialize never answered", hint: "Read JSON-RPC from stdin and answer initialize; do slow setup after it, not before (or raise --timeout).", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#initialization" },
  { id: "start/initialize-failed", severity: "error", title: "initialize failed", hint: "Answer initialize with a result carrying protocolVersion, capabilities and serverInfo.", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#initialization" },
  { id: "doctor/server-exited", severity: "error", title: "Server exited during the checks", hint: "Run the command in a terminal and repeat the request named in the message; read its stderr.", source: "mcp-inspect doctor" },
  { id: "doctor/list-failed", severity: "error", title: "A declared capability does not work", hint: "Answer the list request of every capability you declare (or stop declaring it).", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#capability-negotiation" },
  { id: "doctor/ping-failed", severity: "warning", title: "ping not answered", hint: "Answer ping with an empty result {}: clients use it to tell a live server from a hung one.", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/ping (the receiver MUST respond promptly)" },
  { id: "doctor/request-failed", severity: "warning", title: "Reading a listed item failed", hint: "Every listed resource should be readable, every prompt without required arguments gettable.", source: "mcp-inspect doctor" },
  { id: "doctor/tool-call-failed", severity: "warning", title: "Tool call failed (--call-tools)", hint: "Answer with a result (isError: true for tool errors) within the time limit, not with a protocol error.", source: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools#error-handling" },
];

/** Frame-level rule ids the doctor reports itself when no checker is available. */
export const FALLBACK_RULES: readonly Rule[] = [
  { id: "stdio/stdout-noise", severity: "error", title: "Non-JSON-RPC line on stdout", hint: "Write logs to stderr: stdout carries only JSON-RPC messages (console.error / print(..., file=sys.stderr)).", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#stdio" },
  { id: "lifecycle/exit-before-initialize", severity: "error", title: "Server exited before initialize completed", hint: "Run the command in a terminal to see why it stops; read its stderr (missing env var, wrong path, exception).", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#initialization" },
  { id: "lifecycle/unsupported-protocol-version", severity: "error", title: "Unknown protocol version", hint: "Answer initialize with the version the client offered, or with a revision you support (e.g. 2025-06-18).", source: "https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#version-negotiation" },
];

const ALL = new Map([...FALLBACK_RULES, ...DOCTOR_RULES].map((r) => [r.id, r]));

export function doctorRule(id: string): Rule {
  const rule = ALL.get(id);
  if (!rule) throw new Error(`unknown doctor rule ${id}`);
  return rule;
}
