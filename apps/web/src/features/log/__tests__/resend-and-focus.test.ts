import type { MessageFrame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { itemOfRequest } from "../focus-target";
import { parseResend, resendText } from "../resend-request";

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
