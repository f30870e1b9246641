import type { Frame, HttpSessionTarget } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { httpFacts } from "../http-facts";
import { summarizeFrame } from "../../log";

const url = "http://127.0.0.1:3001/mcp";
const target: HttpSessionTarget = { type: "http", url, transport: "auto", headerNames: ["Authorization"] };
const spawn: Frame = { seq: 1, t: 0, kind: "process", event: "spawn", pid: 0, command: url, args: [], cwd: "" };
const init: Frame = {
  seq: 3,
  t: 5,
  kind: "http",
  event: "response",
  method: "POST",
  url,
  status: 200,
  statusText: "OK",
  contentType: "text/event-stream",
  requestHeaders: { authorization: "Bearer ****" },
  sessionId: "abc-123",
  stream: true,
};
const call: Frame = { ...init, seq: 7, requestHeaders: { authorization: "Bearer ****", "mcp-session-id": "abc-123", "mcp-protocol-version": "2025-11-25" }, sessionId: undefined } as Frame;
const get: Frame = { ...init, seq: 5, method: "GET", sessionId: undefined } as Frame;

describe("httpFacts", () => {
  it("reads session id, protocol version, the GET stream and the masked headers from the frames", () => {
    const facts = httpFacts([spawn, init, get, call], target);
    expect(facts).toMatchObject({ transport: "streamable-http", sessionId: "abc-123", protocolVersion: "2025-11-25", streamOpen: true, headers: { authorization: "Bearer ****" } });
    const ended: Frame = { seq: 8, t: 9, kind: "http", event: "stream-end", method: "GET", url, reason: "closed by the server" };
    expect(httpFacts([spawn, init, get, call, ended], target).streamOpen).toBe(false);
  });

  it("keeps 2026-07-28's Mcp-Method / Mcp-Name / Mcp-Param-* apart from the user's headers", () => {
    const modern: Frame = {
      ...init,
      seq: 9,
      requestHeaders: { authorization: "Bearer ****", "mcp-protocol-version": "2026-07-28", "mcp-method": "tools/call", "mcp-name": "add", "mcp-param-region": "eu" },
      sessionId: undefined,
    } as Frame;
    const facts = httpFacts([spawn, init, modern], target);
    expect(facts.routing).toEqual({ "mcp-method": "tools/call", "mcp-name": "add", "mcp-param-region": "eu" });
    expect(facts.headers).toEqual({ authorization: "Bearer ****" });
    expect(facts.protocolVersion).toBe("2026-07-28");
  });

  it("says sse after a fallback, and counts resumptions", () => {
    const fallback: Frame = { seq: 2, t: 1, kind: "http", event: "fallback", from: "streamable-http", to: "sse", status: 405 };
    const resumed: Frame = { ...get, seq: 9, requestHeaders: { "last-event-id": "e-4" }, resumedFrom: "e-4" } as Frame;
    expect(httpFacts([spawn, fallback, resumed], target)).toMatchObject({ transport: "sse", resumptions: 1 });
  });

  it("starts afresh at the latest connect", () => {
    expect(httpFacts([spawn, init, { ...spawn, seq: 10 }], target).sessionId).toBeUndefined();
  });
});

describe("summarizeFrame for http frames", () => {
  it("shows status, content type, session id and the masked header; error bodies too", () => {
    expect(summarizeFrame(init, undefined)).toMatchObject({ label: "HTTP POST 200", tone: "process", detail: expect.stringContaining("authorization: Bearer ****") });
    const failed = { ...init, status: 500, contentType: "text/plain", body: "boom", stream: undefined } as Frame;
    expect(summarizeFrame(failed, undefined)).toMatchObject({ label: "HTTP POST 500", tone: "process-bad", detail: expect.stringContaining("body: boom") });
    expect(summarizeFrame(spawn, undefined)).toMatchObject({ label: "connect", detail: url });
  });
});
