import { describe, expect, it } from "vitest";
import { RelayIds } from "../relay-ids";

const request = (id: number, method = "tools/list") => ({ jsonrpc: "2.0" as const, id, method });
const answer = (id: unknown) => ({ jsonrpc: "2.0" as const, id, result: {} });
const wireId = (ids: RelayIds, tab: object, id: number) => {
  const out = ids.outgoing(tab, request(id));
  if (!("message" in out)) throw new Error(JSON.stringify(out));
  return out.message.id as number;
};

describe("RelayIds", () => {
  it("routes an answer to the tab that asked, with its own id, once", () => {
    const ids = new RelayIds();
    const a = {};
    const wire = wireId(ids, a, 3);
    expect(ids.incoming(answer(wire))).toEqual({ owner: a, restored: answer(3), deliverId: 3 });
    expect(ids.incoming(answer(wire))).toEqual({ owner: null }); // a duplicate answer goes to no client
  });

  it("sends a subscriptions/listen stream's notifications to the tab that opened it, with its own listen id", () => {
    const ids = new RelayIds();
    const [a, b] = [{}, {}];
    const out = ids.outgoing(a, { jsonrpc: "2.0", id: "listen:0", method: "subscriptions/listen", params: { notifications: { toolsListChanged: true } } });
    if (!("message" in out)) throw new Error("not sent");
    wireId(ids, b, 0);
    const wire = out.message.id;
    const note = (subscriptionId: unknown) => ({
      jsonrpc: "2.0" as const,
      method: "notifications/tools/list_changed",
      params: { _meta: { "io.modelcontextprotocol/subscriptionId": subscriptionId } },
    });
    expect(ids.incoming(note(wire))).toEqual({ owner: a, restored: note("listen:0"), deliverId: "listen:0" });
    // The stream stays open: the next notification on it goes to the same tab.
    expect(ids.incoming(note(wire))).toMatchObject({ owner: a, deliverId: "listen:0" });
    // A notification naming no open stream is everyone's, as before.
    expect(ids.incoming(note(9999))).toEqual({ owner: undefined });
    expect(ids.incoming({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "x" } })).toEqual({ owner: undefined });
  });

  it("hands an answer to no pending request (or with an id it never issued) to no client", () => {
    const ids = new RelayIds();
    wireId(ids, {}, 0);
    expect(ids.incoming(answer(77))).toEqual({ owner: null });
    expect(ids.incoming(answer("abc"))).toEqual({ owner: null });
    expect(ids.incoming({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } })).toEqual({ owner: undefined });
  });

  it("forgets what a server that is gone was asked; ids are never reused", () => {
    const ids = new RelayIds();
    const a = {};
    const before = [wireId(ids, a, 0), wireId(ids, a, 1)];
    expect(ids.pendingCount).toBe(2);
    ids.serverGone();
    expect(ids.pendingCount).toBe(0);
    expect(ids.incoming(answer(before[0]))).toEqual({ owner: null });
    const after = wireId(ids, a, 0);
    expect(before).not.toContain(after);
    expect(ids.incoming(answer(after))).toEqual({ owner: a, restored: answer(0), deliverId: 0 });
  });

  it("drops a cancel for a request no longer pending when its id would name another pending request", () => {
    const ids = new RelayIds();
    const [a, b] = [{}, {}];
    const cancel = (requestId: number) => ({ jsonrpc: "2.0" as const, method: "notifications/cancelled", params: { requestId } });
    const aWire = wireId(ids, a, 0); // wire 0
    wireId(ids, b, 7); // wire 1: b's request 7 is pending
    expect(ids.outgoing(a, cancel(0))).toEqual({ message: cancel(aWire) }); // pending: rewritten
    ids.incoming(answer(aWire)); // a's request 0 answered
    // a's own id 1 was never mapped, but "1" is b's wire id: sent as it is, it would cancel b's request.
    expect(ids.outgoing(a, cancel(1))).toEqual({ dropped: "a cancel for request 1, which is no longer pending" });
    // An id that names nothing pending is sent as it is (the server ignores it; the log shows it).
    expect(ids.outgoing(a, cancel(0))).toEqual({ message: cancel(0) });
  });
});
