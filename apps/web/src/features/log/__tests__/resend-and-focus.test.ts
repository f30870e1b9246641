import type { MessageFrame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { itemOfRequest } from "../focus-target";
import { findResent, parseResend, resendText } from "../resend-request";

describe("edit-and-resend text", () => {
  const frame: MessageFrame = { seq: 5, t: 0, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } } };
  it("edits method and params only (the client picks a fresh id)", () => {
    expect(JSON.parse(resendText(frame))).toEqual({ method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } });
    expect(parseResend(resendText(frame))).toEqual({ ok: true, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } });
    expect(parseResend('{"method":"ping"}')).toEqual({ ok: true, method: "ping" });
    // The old progress token is dropped: it belongs to the old request.
    const withToken: MessageFrame = { ...frame, msg: { ...frame.msg, params: { name: "slow", _meta: { progressToken: 3, other: 1 } } } };
    expect(JSON.parse(resendText(withToken))).toEqual({ method: "tools/call", params: { name: "slow", _meta: { other: 1 } } });
  });
  it("says what is wrong with a bad edit", () => {
    expect(parseResend("{nope")).toEqual({ ok: false, error: expect.stringMatching(/^Not valid JSON: /) });
    expect(parseResend("[]")).toEqual({ ok: false, error: expect.stringContaining("Expected an object") });
    expect(parseResend('{"params":{}}')).toEqual({ ok: false, error: '"method" must be a non-empty string' });
    expect(parseResend('{"method":"x","params":[1]}')).toEqual({ ok: false, error: '"params" must be an object when present' });
  });
});

describe("itemOfRequest", () => {
  it("finds the tool, prompt or resource a request is about", () => {
    expect(itemOfRequest("tools/call", { name: "echo" })).toEqual({ tab: "tools", name: "echo" });
    expect(itemOfRequest("prompts/get", { name: "greeting" })).toEqual({ tab: "prompts", name: "greeting" });
    expect(itemOfRequest("resources/read", { uri: "demo://readme" })).toEqual({ tab: "resources", name: "demo://readme" });
    expect(itemOfRequest("tools/list", {})).toBeUndefined();
    expect(itemOfRequest("tools/call", undefined)).toBeUndefined();
  });
});

describe("findResent", () => {
  const request = (seq: number, params: object, method = "tools/call"): MessageFrame => ({ seq, t: seq, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: seq, method, params } });
  const answer = (seq: number, id: number): MessageFrame => ({ seq, t: seq, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id, result: {} } });
  const sent = { afterSeq: 3, method: "tools/call", params: { name: "echo", arguments: { message: "new" } } };

  it("finds the first request after the send with the same method and params, whatever their key order", () => {
    const frames = [
      request(2, { name: "echo", arguments: { message: "new" } }),
      answer(3, 2),
      request(4, { name: "echo", arguments: { message: "other" } }),
      request(5, { arguments: { message: "new" }, name: "echo" }),
      request(6, { name: "echo", arguments: { message: "new" } }),
    ];
    expect(findResent(frames, sent)?.seq).toBe(5);
  });

  it("finds nothing before it arrives, nor a request of another method", () => {
    expect(findResent([request(2, sent.params)], sent)).toBeUndefined();
    expect(findResent([request(4, sent.params, "prompts/get")], sent)).toBeUndefined();
    expect(findResent([request(4, {}, "ping")], { afterSeq: 3, method: "ping" })).toBeUndefined();
    expect(findResent([{ ...request(4, {}, "ping"), msg: { jsonrpc: "2.0", id: 4, method: "ping" } }], { afterSeq: 3, method: "ping" })?.seq).toBe(4);
  });
});
