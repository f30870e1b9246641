import type { Frame } from "../frame";
import type { SessionHeader } from "../session-header";
import { describeTarget } from "../session-file";
import { maskUrlsIn, exchangesOf, type Exchange } from "./session-view";

/** OTLP/JSON's AnyValue for the attribute types we emit. */
type AttributeValue = { stringValue: string } | { intValue: string } | { boolValue: boolean };
export interface OtlpAttribute {
  key: string;
  value: AttributeValue;
}

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** 3 = SPAN_KIND_CLIENT (the client's requests), 2 = SPAN_KIND_SERVER (the server's requests the client served). */
  kind: 2 | 3;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: OtlpAttribute[];
  /** 2 = STATUS_CODE_ERROR; unset (0) otherwise, as instrumentation should leave it. */
  status: { code: 0 | 2; message?: string };
}

export interface OtlpTraces {
  resourceSpans: { resource: { attributes: OtlpAttribute[] }; scopeSpans: { scope: { name: string; version: string }; spans: OtlpSpan[] }[] }[];
}

/** W3C trace context: version 00, 32 hex trace id, 16 hex parent id, flags; all-zero ids are invalid. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/**
 * OpenTelemetry spans of a session as OTLP/JSON (`ExportTraceServiceRequest`): one span per request, named after its
 * method (`tools/call <tool>` for a tool call), from the request's frame to its answer's. The session is one trace,
 * unless a request carries a W3C `traceparent` in `params._meta`: then its span joins that trace under that parent.
 */
export function sessionToOtlp(header: SessionHeader, frames: readonly Frame[]): OtlpTraces {
  const start = Date.parse(header.startedAt);
  const sessionTrace = hexHash(`trace:${header.id}:${header.startedAt}`, 32);
  const spans = exchangesOf(frames).map((exchange) => spanOf(exchange, start, sessionTrace, header.id));
  const target = header.target;
  return {
    resourceSpans: [
      {
        resource: {
          attributes: [
            str("service.name", "mcp-inspect"),
            str("mcp.session.recording.id", header.id),
            str("mcp.server.target", maskUrlsIn(describeTarget(target))),
            str("network.transport", target.type === "http" ? "tcp" : "pipe"),
          ],
        },
        scopeSpans: [{ scope: { name: "mcp-inspect/session-export", version: header.inspector.version }, spans }],
      },
    ],
  };
}

function spanOf(exchange: Exchange, start: number, sessionTrace: string, sessionId: string): OtlpSpan {
  const { request, response } = exchange;
  const context = traceparentOf(request.msg);
  const attributes: OtlpAttribute[] = [str("mcp.method.name", exchange.method), str("jsonrpc.request.id", String(exchange.id)), str("rpc.system", "jsonrpc"), str("jsonrpc.protocol.version", "2.0")];
  if (exchange.tool !== undefined) attributes.push(str("mcp.tool.name", exchange.tool));
  let status: OtlpSpan["status"] = { code: 0 };
  if (exchange.error) {
    if (exchange.error.code !== undefined) attributes.push({ key: "rpc.jsonrpc.error_code", value: { intValue: String(exchange.error.code) } });
    if (exchange.error.message !== undefined) attributes.push(str("rpc.jsonrpc.error_message", exchange.error.message));
    status = { code: 2, message: exchange.error.message ?? `JSON-RPC error ${exchange.error.code ?? ""}`.trim() };
  } else if (!response) {
    status = { code: 2, message: "no answer recorded" };
  } else if ((response.msg.result as { isError?: unknown } | undefined)?.isError === true) {
    // A tool that failed answers with a result, not a JSON-RPC error: still an error for whoever reads the trace.
    attributes.push({ key: "mcp.tool.is_error", value: { boolValue: true } });
    status = { code: 2, message: "tool result isError: true" };
  }
  return {
    traceId: context?.traceId ?? sessionTrace,
    spanId: hexHash(`span:${sessionId}:${request.seq}`, 16),
    ...(context ? { parentSpanId: context.parentId } : {}),
    name: exchange.tool !== undefined ? `tools/call ${exchange.tool}` : exchange.method,
    kind: request.dir === "client->server" ? 3 : 2,
    startTimeUnixNano: unixNano(start, request.t),
    endTimeUnixNano: unixNano(start, response?.t ?? request.t),
    attributes,
    status,
  };
}

/** The W3C trace context a request carries in `params._meta.traceparent` (the MCP convention), when valid. */
export function traceparentOf(msg: Record<string, unknown>): { traceId: string; parentId: string } | undefined {
  const meta = (msg.params as { _meta?: Record<string, unknown> } | undefined)?._meta;
  const value = meta && typeof meta === "object" ? meta.traceparent : undefined;
  const match = typeof value === "string" ? TRACEPARENT.exec(value.trim().toLowerCase()) : null;
  if (!match || /^0+$/.test(match[1]!) || /^0+$/.test(match[2]!)) return undefined;
  return { traceId: match[1]!, parentId: match[2]! };
}

function str(key: string, value: string): OtlpAttribute {
  return { key, value: { stringValue: value } };
}

/** Nanoseconds since the epoch as a decimal string (OTLP/JSON's fixed64), without losing precision past 2^53. */
function unixNano(startMs: number, tMs: number): string {
  return (BigInt(Math.floor(startMs)) * 1_000_000n + BigInt(Math.round(tMs * 1_000_000))).toString();
}

/** A stable, non-zero hex id of `length` digits from `text` (FNV-1a, rounds salted): same session, same ids. */
function hexHash(text: string, length: number): string {
  let out = "";
  for (let round = 0; out.length < length; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, "0");
  }
  const id = out.slice(0, length);
  return /^0+$/.test(id) ? `${id.slice(0, -1)}1` : id;
}
