import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RelayConnection, type RelayEvent } from "../relay-connection";
import { reconnectDelay } from "../reconnect-delay";
import { relayUrl } from "../relay-url";
import { fakeSocketFactory, header } from "./fake-socket";

describe("RelayConnection", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("reconnects with backoff after the socket closes, until stopped", () => {
    const factory = fakeSocketFactory();
    const relay = new RelayConnection("ws://h/api/relay?token=t", { createSocket: factory.create, delay: (n) => 100 * (n + 1) });
    const events: RelayEvent[] = [];
    relay.subscribe((e) => events.push(e));
    relay.start();
    factory.last().open();
    factory.last().drop();
    expect(relay.status).toEqual({ state: "closed", attempt: 0, retryInMs: 100 });
    vi.advanceTimersByTime(99);
    expect(factory.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(factory.sockets).toHaveLength(2);
    factory.last().drop();
    expect(relay.status).toEqual({ state: "closed", attempt: 1, retryInMs: 200 });
    vi.advanceTimersByTime(200);
    factory.last().open();
    expect(relay.status).toEqual({ state: "open" });
    relay.stop();
    expect(factory.last().closed).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(factory.sockets).toHaveLength(3);
    expect(events.filter((e) => e.type === "status").map((e) => (e.type === "status" ? e.status.state : ""))).toEqual([
      "connecting", "open", "closed", "connecting", "closed", "connecting", "open",
    ]);
  });

  it("stops for good when the backend says the server is gone (4404), e.g. closed from another tab", () => {
    const factory = fakeSocketFactory();
    const relay = new RelayConnection("ws://h/api/relay?token=t&server=s2", { createSocket: factory.create, delay: () => 100 });
    relay.start();
    factory.last().open();
    factory.last().onclose?.({ code: 4404 });
    expect(relay.status).toEqual({ state: "gone" });
    vi.advanceTimersByTime(10_000);
    expect(factory.sockets).toHaveLength(1);
  });

  it("parses payloads and ignores garbage", () => {
    const factory = fakeSocketFactory();
    const relay = new RelayConnection("ws://h", { createSocket: factory.create });
    const events: RelayEvent[] = [];
    relay.subscribe((e) => events.push(e));
    relay.start();
    const socket = factory.last();
    socket.open();
    socket.onmessage?.({ data: "not json" });
    socket.onmessage?.({ data: "42" });
    socket.receive({ type: "hello", header, frames: [] });
    expect(events.filter((e) => e.type !== "status")).toEqual([{ type: "hello", header, frames: [] }]);
  });

  it("does not send while connecting", () => {
    const factory = fakeSocketFactory();
    const relay = new RelayConnection("ws://h", { createSocket: factory.create });
    relay.start();
    expect(relay.send({ type: "restart" })).toBe(false);
    factory.last().open();
    expect(relay.send({ type: "restart" })).toBe(true);
    expect(factory.last().sent).toEqual([{ type: "restart" }]);
  });
});

describe("reconnectDelay", () => {
  it("doubles from 250 ms up to 5 s", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(reconnectDelay)).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });
});

describe("relayUrl", () => {
  it("uses ws or wss and encodes the token", () => {
    expect(relayUrl({ protocol: "http:", host: "127.0.0.1:6277" }, "a b")).toBe("ws://127.0.0.1:6277/api/relay?token=a%20b");
    expect(relayUrl({ protocol: "https:", host: "x.dev" }, "t")).toBe("wss://x.dev/api/relay?token=t");
  });
});
