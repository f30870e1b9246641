import * as generated from "@opentelemetry/otlp-transformer/build/src/generated/root";
import { describe, expect, it } from "vitest";
import { sessionToOtlp, type OtlpTraces } from "../otlp-export";
import { PARENT_ID, TRACE_ID, hostileSession, httpSession, modernSession } from "./export-sessions";

// The opentelemetry-proto messages as @opentelemetry/otlp-transformer ships them (protobufjs, generated from the
// .proto files): what a collector decodes. Imported by path: the package's index offers only its serializers.
const { opentelemetry } = ((generated as { default?: unknown }).default ?? generated) as unknown as {
  opentelemetry: { proto: { collector: { trace: { v1: { ExportTraceServiceRequest: ProtoMessage } } } } };
};
interface ProtoMessage {
  fromObject(object: unknown): unknown;
  encode(message: unknown): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
  toObject(message: unknown, options: { longs: typeof String; bytes: typeof String; enums?: typeof Number }): unknown;
}
const ExportTraceServiceRequest = opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

const ID_FIELDS = new Set(["traceId", "spanId", "parentSpanId"]);
/** OTLP/JSON differs from proto3's JSON mapping in one thing: trace and span ids are hex, not base64. */
function recode(value: unknown, to: "base64" | "hex"): unknown {
  if (Array.isArray(value)) return value.map((item) => recode(item, to));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, ID_FIELDS.has(key) && typeof item === "string" ? (to === "base64" ? hexToBase64(item) : base64ToHex(item)) : recode(item, to)]));
  }
  return value;
}

function hexToBase64(hex: string): string {
  return btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16))));
}
function base64ToHex(base64: string): string {
  return [...atob(base64)].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
}

/**
 * Decodes the export through the real proto definitions and back: a field the proto does not have, a wrong enum, a
 * non-numeric time or an id of the wrong length would not survive the round trip unchanged.
 */
function throughProto(traces: OtlpTraces): unknown {
  const message = ExportTraceServiceRequest.fromObject(recode(traces, "base64"));
  const decoded = ExportTraceServiceRequest.decode(ExportTraceServiceRequest.encode(message).finish());
  return recode(ExportTraceServiceRequest.toObject(decoded, { longs: String, bytes: String }), "hex");
}

describe("sessionToOtlp", () => {
  it("gives one span per request of the dual-era demo session, in OTLP/JSON that survives the opentelemetry-proto round trip", () => {
    const traces = sessionToOtlp(modernSession.header, modernSession.frames);
    expect(throughProto(traces)).toEqual(traces);
    const spans = traces.resourceSpans[0]!.scopeSpans[0]!.spans;
    const requests = modernSession.frames.filter((f) => f.kind === "message" && typeof f.msg.method === "string" && f.msg.id !== undefined);
    expect(spans).toHaveLength(requests.length);
    const echo = spans.find((s) => s.name === "tools/call echo")!;
    expect(echo.kind).toBe(3);
    expect(echo.attributes).toContainEqual({ key: "mcp.method.name", value: { stringValue: "tools/call" } });
    expect(echo.attributes).toContainEqual({ key: "mcp.tool.name", value: { stringValue: "echo" } });
    expect(BigInt(echo.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(echo.startTimeUnixNano));
    expect(BigInt(echo.startTimeUnixNano) / 1_000_000n).toBeGreaterThanOrEqual(BigInt(Date.parse(modernSession.header.startedAt)));
    for (const span of spans) {
      expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
    }
    // One trace for the session, one distinct span id per request.
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(spans.length);
    // The round trip does catch a field the proto does not have (so the first assertion can fail).
    const wrong = JSON.parse(JSON.stringify(traces)) as { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] };
    wrong.resourceSpans[0]!.scopeSpans[0]!.spans[0]!.durationMs = 5;
    expect(throughProto(wrong as unknown as OtlpTraces)).not.toEqual(wrong);
  });

  it("marks errors with status ERROR and the JSON-RPC code and message, and joins the trace a request's _meta.traceparent names", () => {
    const { header, frames } = hostileSession();
    const traces = sessionToOtlp(header, frames);
    expect(throughProto(traces)).toEqual(traces);
    const spans = traces.resourceSpans[0]!.scopeSpans[0]!.spans;
    const read = spans.find((s) => s.name === "resources/read")!;
    expect(read.status).toEqual({ code: 2, message: expect.stringContaining("Resource not found") });
    expect(read.attributes).toContainEqual({ key: "rpc.jsonrpc.error_code", value: { intValue: "-32002" } });
    const call = spans.find((s) => s.name.startsWith("tools/call"))!;
    expect(call.traceId).toBe(TRACE_ID);
    expect(call.parentSpanId).toBe(PARENT_ID);
    expect(call.status.code).toBe(2);
    expect(read.traceId).not.toBe(TRACE_ID);
    expect(read.parentSpanId).toBeUndefined();
    const unanswered = spans.find((s) => s.name === "tools/list")!;
    expect(unanswered.status).toEqual({ code: 2, message: "no answer recorded" });
  });

  it("exports an HTTP session with its target's secrets masked", () => {
    const { header, frames } = httpSession();
    const traces = sessionToOtlp(header, frames);
    expect(throughProto(traces)).toEqual(traces);
    expect(JSON.stringify(traces)).toContain("api_key=****");
  });
});
