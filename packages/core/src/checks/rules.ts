import type { Rule } from "./types";

const SPEC = "https://modelcontextprotocol.io/specification/2025-11-25";
const JSONRPC = "JSON-RPC 2.0 (jsonrpc.org/specification)";

/**
 * Every rule the protocol checks know, in one table: the Checks panel, the CLI's doctor and the
 * README read it. Ids are stable. Imports nothing heavy, so the web bundle can show it for free.
 */
export const RULES = [
  // --- JSON-RPC framing
  { id: "jsonrpc/version", severity: "error", title: 'jsonrpc is not "2.0"', hint: 'Send "jsonrpc": "2.0" (a string) in every message.', source: `${JSONRPC}; ${SPEC}/basic#messages` },
  { id: "jsonrpc/id-type", severity: "error", title: "Invalid id", hint: "Use a string or a number as id; answer with the id of the request.", source: `${SPEC}/basic#requests (RequestId: string | number, MUST NOT be null)` },
  { id: "jsonrpc/id-reused", severity: "error", title: "Request id reused", hint: "Use a fresh id for every request within a session (a counter works).", source: `${SPEC}/basic#requests (MUST NOT have been used before in the same session)` },
  { id: "jsonrpc/unknown-response-id", severity: "error", title: "Response to an unknown id", hint: "Copy the id of the request you answer into the response, unchanged (same type too).", source: `${JSONRPC}, 5 Response object` },
  { id: "jsonrpc/duplicate-response", severity: "error", title: "Request answered twice", hint: "Send exactly one response per request.", source: `${SPEC}/basic#responses` },
  { id: "jsonrpc/response-to-notification", severity: "error", title: "Response to a notification", hint: "Notifications (no id) get no response: do not answer notifications/initialized and friends.", source: `${JSONRPC}, 4.1 Notification ("The Server MUST NOT reply to a Notification")` },
  { id: "jsonrpc/batch", severity: "error", title: "JSON-RPC batch", hint: "Write one JSON object per line; batches were removed in 2025-06-18 (clients drop them).", source: `${SPEC}/changelog (2025-06-18 removed batching); batches existed only in 2025-03-26` },
  // --- Official schema of the negotiated revision
  { id: "wire/schema", severity: "error", title: "Message does not match the MCP schema", hint: "Fix the field named in the message so it matches the official schema of the negotiated revision.", source: "schema.json of the negotiated revision (github.com/modelcontextprotocol/modelcontextprotocol/schema)" },
  // --- stdio transport
  { id: "stdio/stdout-noise", severity: "error", title: "Non-JSON-RPC line on stdout", hint: "Write logs to stderr: stdout carries only JSON-RPC messages (console.error / print(..., file=sys.stderr)).", source: `${SPEC}/basic/transports#stdio ("The server MUST NOT write anything to its stdout that is not a valid MCP message")` },
  { id: "stdio/invalid-utf8", severity: "error", title: "Invalid UTF-8 on stdout", hint: "Encode every message as UTF-8; write binary data base64-encoded inside JSON.", source: `${SPEC}/basic/transports ("JSON-RPC messages MUST be UTF-8 encoded")` },
  { id: "stdio/missing-newline", severity: "error", title: "Message without a terminating newline", hint: "End every message with \\n (print/println/console.log add it; process.stdout.write and sys.stdout.write do not) and flush.", source: `${SPEC}/basic/transports#stdio ("Messages are delimited by newlines")` },
  { id: "stdio/embedded-newline", severity: "error", title: "Message split across lines", hint: "Write each message as one line: serialise without indentation (JSON.stringify(msg), json.dumps(msg)), no pretty-printing.", source: `${SPEC}/basic/transports#stdio ("Messages are delimited by newlines, and MUST NOT contain embedded newlines")` },
  // --- Lifecycle
  { id: "lifecycle/request-before-initialize", severity: "warning", title: "Request before initialize completed", hint: "Send initialize first and wait for its result; only ping may come before.", source: `${SPEC}/basic/lifecycle#initialization (client SHOULD NOT send requests other than pings before the initialize response)` },
  { id: "lifecycle/server-request-before-initialized", severity: "warning", title: "Server request before initialized", hint: "Wait for notifications/initialized before sending requests other than ping to the client.", source: `${SPEC}/basic/lifecycle#initialization (server SHOULD NOT send requests other than pings and logging before initialized)` },
  { id: "lifecycle/unsupported-protocol-version", severity: "error", title: "Unknown protocol version", hint: "Answer initialize with the version the client offered, or with a revision you support (e.g. 2025-06-18).", source: `${SPEC}/basic/lifecycle#version-negotiation` },
  { id: "lifecycle/exit-before-initialize", severity: "error", title: "Server exited before initialize completed", hint: "Run the command in a terminal to see why it stops; read its stderr (missing env var, wrong path, exception).", source: `${SPEC}/basic/lifecycle#initialization (initialization MUST be the first interaction)` },
  // --- Capabilities
  { id: "capability/undeclared", severity: "warning", title: "Capability used but not declared", hint: "Declare the capability in the initialize result (or the client's), or stop using the feature.", source: `${SPEC}/basic/lifecycle#capability-negotiation (both parties SHOULD only use capabilities that were successfully negotiated)` },
  // --- Tools
  { id: "tools/input-schema-invalid", severity: "error", title: "inputSchema is not valid JSON Schema", hint: "Fix the schema so it compiles (the message names the keyword); clients drop tools whose schema does not.", source: `${SPEC}/server/tools#tool (inputSchema: a JSON Schema; 2020-12 unless $schema says otherwise since 2025-11-25)` },
  { id: "tools/input-schema-not-object", severity: "error", title: 'inputSchema root is not type "object"', hint: 'Make the root { "type": "object", "properties": { ... } }; wrap a single value in a property.', source: `schema.json (Tool.inputSchema.type is const "object"); also required by Anthropic and OpenAI function calling` },
  { id: "tools/output-schema-invalid", severity: "error", title: "outputSchema is not valid JSON Schema", hint: "Fix the outputSchema so it compiles; clients that validate structuredContent (the TypeScript SDK does) fail every call.", source: `${SPEC}/server/tools#output-schema` },
  { id: "tools/name-invalid", severity: "warning", title: "Tool name outside the naming rules", hint: "Use 1-128 characters from A-Z a-z 0-9 _ - . only (no spaces or slashes).", source: `${SPEC}/server/tools#tool-names` },
  { id: "tools/name-duplicate", severity: "error", title: "Two tools with the same name", hint: "Give every tool a unique name: clients key tools by name and one shadows the other.", source: `${SPEC}/server/tools#tool-names (names SHOULD be unique within a server)` },
  { id: "tools/missing-description", severity: "info", title: "Tool without description", hint: "Add a description: models choose tools by it.", source: `${SPEC}/server/tools#tool` },
  { id: "tools/structured-content-mismatch", severity: "error", title: "structuredContent does not match outputSchema", hint: "Return structuredContent that validates against the tool's outputSchema (or fix the schema).", source: `${SPEC}/server/tools#output-schema (servers MUST provide structured results that conform to this schema)` },
  { id: "tools/structured-content-missing", severity: "error", title: "outputSchema declared but no structuredContent", hint: "Return structuredContent with every successful result of a tool that declares outputSchema.", source: `${SPEC}/server/tools#output-schema` },
  { id: "tools/schema-pattern-slow", severity: "warning", title: "Pattern that can take exponential time", hint: "Do not repeat a group that repeats inside (write ^a+$, not ^(a+)+$): clients that check it with a backtracking engine (JavaScript, Python) can hang on one value.", source: "OWASP, Regular expression Denial of Service (ReDoS); JSON Schema patterns are ECMA-262 regexes (json-schema.org/draft/2020-12/json-schema-validation, 6.3.3); mcp-inspect runs them on RE2, in linear time" },
  { id: "tools/schema-pattern-unsupported", severity: "info", title: "Pattern mcp-inspect does not check", hint: "Lookarounds and backreferences need a backtracking engine; mcp-inspect skips this pattern (values are not checked against it). A pattern without them is more portable.", source: "json-schema.org/understanding-json-schema/reference/regular_expressions (the portable subset); RE2 syntax (github.com/google/re2/wiki/Syntax)" },
  // --- Client compatibility lint: valid MCP that widely used clients reject
  { id: "compat/root-combinator", severity: "warning", title: "oneOf/anyOf/allOf at the schema root", hint: "Put the alternatives inside a property, or use one object with optional fields; keep the root a plain object.", source: 'Anthropic Messages API (Claude Code, Claude Desktop): 400 "input_schema does not support oneOf, allOf, or anyOf at the top level" (github.com/anthropics/claude-code/issues/5973); OpenAI structured outputs: root must not be anyOf' },
  { id: "compat/property-name", severity: "warning", title: "Property name rejected by the Anthropic API", hint: "Use property names of 1-64 characters from a-z A-Z 0-9 _ . - (rename e.g. \"tags[]\" to \"tags\").", source: "Anthropic Messages API: 400 \"Property keys should match pattern '^[a-zA-Z0-9_.-]{1,64}$'\", reported by users of Claude Code (github.com/freee/freee-mcp/issues/35)" },
  { id: "compat/remote-ref", severity: "warning", title: "$ref to a remote schema", hint: "Inline the schema or put it under $defs and use a local \"#/$defs/...\" reference.", source: "No widely used client fetches remote schemas; validators such as Ajv (used by the MCP TypeScript SDK) fail to compile unresolved references" },
  { id: "compat/boolean-schema", severity: "warning", title: "Boolean sub-schema", hint: "Replace true/false sub-schemas with {} or a typed schema (additionalProperties: false is fine).", source: "Gemini function declarations accept an OpenAPI 3.0 Schema subset without boolean schemas (ai.google.dev/api/caching#Schema); reported by users of Gemini-backed clients" },
  { id: "compat/type-array", severity: "warning", title: '"type" given as an array', hint: 'Use one type; for null use anyOf: [{...}, {"type": "null"}] inside a property, or "nullable".', source: "Gemini function declarations take a single `type` (ai.google.dev/api/caching#Schema); reported by users of Gemini CLI and Gemini-backed clients" },
  { id: "compat/format-unsupported", severity: "info", title: "String format Gemini rejects", hint: 'Drop the format (say it in the description) or use "date-time"/"enum".', source: "Gemini API: 400 \"format: only 'enum' and 'date-time' are supported for STRING type\" (github.com/google-gemini/gemini-cli/issues/3178; ai.google.dev/api/caching#Schema)" },
  // --- Timing
  { id: "timing/slow-response", severity: "warning", title: "Slow response", hint: "Answer faster, or report progress (notifications/progress) on long operations so clients do not time out.", source: `${SPEC}/basic/lifecycle#timeouts (clients SHOULD time out requests; many default to 60 s or less)` },
  { id: "timing/never-answered", severity: "error", title: "Request never answered", hint: "Answer every request, with an error if nothing else (e.g. -32601 Method not found).", source: `${SPEC}/basic#responses (responses MUST be sent for every request)` },
  // --- The checker itself
  { id: "internal/checker-error", severity: "warning", title: "The checker failed", hint: "A bug in mcp-inspect, not in your server: please report it with the session file.", source: "mcp-inspect" },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]["id"];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
