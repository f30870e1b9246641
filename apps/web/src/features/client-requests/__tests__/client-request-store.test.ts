import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { canAnswer, formatAge, isExpired, secondsLeft } from "../client-request";
import { ClientRequestStore, EXPIRED_CODE } from "../client-request-store";
import { parseRequestTimeout } from "../request-timeout";

const input = (timeoutMs = 60_000, signal?: AbortSignal) => ({ kind: "sampling" as const, server: "demo", rpcId: 3, params: { maxTokens: 5 }, timeoutMs, signal });

describe("ClientRequestStore", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("resolves with the person's answer, once", async () => {
    const store = new ClientRequestStore();
    const answered = store.open(input());
    const [request] = store.get();
    expect(request?.status).toBe("pending");
    expect(store.pendingCount()).toBe(1);
    expect(store.answer(request!.id, { ok: 1 })).toBe(true);
    await expect(answered).resolves.toEqual({ ok: 1 });
    expect(store.get()[0]).toMatchObject({ status: "answered", answeredBy: "person", result: { ok: 1 } });
    expect(store.answer(request!.id, { ok: 2 })).toBe(false);
    expect(store.pendingCount()).toBe(0);
  });

  it("rejects with the JSON-RPC error as given, without an SDK prefix", async () => {
    const store = new ClientRequestStore();
    const answered = store.open(input());
    store.reject(store.get()[0]!.id, { code: -1, message: "User rejected sampling request" });
    await expect(answered).rejects.toMatchObject({ code: -1, message: "User rejected sampling request" });
    expect(store.get()[0]?.status).toBe("rejected");
  });

  it("expires after its timeout: an error goes back and answering is refused", async () => {
    const store = new ClientRequestStore(() => Date.now());
    const answered = store.open(input(2000));
    const id = store.get()[0]!.id;
    vi.advanceTimersByTime(1999);
    expect(store.get()[0]?.status).toBe("pending");
    vi.advanceTimersByTime(1);
    await expect(answered).rejects.toMatchObject({ code: EXPIRED_CODE, message: expect.stringContaining("2 s") });
    expect(store.get()[0]?.status).toBe("expired");
    expect(store.answer(id, {})).toBe(false);
    expect(store.reject(id, { code: -1, message: "x" })).toBe(false);
  });

  it("refuses an answer past the timeout even before the timer fired", () => {
    let now = 1000;
    const store = new ClientRequestStore(() => now);
    void store.open(input(500)).catch(() => {});
    now = 1500;
    expect(store.answer(store.get()[0]!.id, {})).toBe(false);
  });

  it("is cancelled when the server cancels (the signal aborts)", async () => {
    const store = new ClientRequestStore();
    const controller = new AbortController();
    const answered = store.open(input(60_000, controller.signal));
    controller.abort();
    await expect(answered).rejects.toBeInstanceOf(Error);
    expect(store.get()[0]?.status).toBe("cancelled");
    expect(store.answer(store.get()[0]!.id, {})).toBe(false);
  });

  it("records a rule's answer as answered, never pending", () => {
    const store = new ClientRequestStore();
    store.record(input(), { text: "auto" });
    expect(store.get()[0]).toMatchObject({ status: "answered", answeredBy: "rule" });
    expect(store.pendingCount()).toBe(0);
  });
});

describe("age and expiry", () => {
  it("formats ages and time left", () => {
    expect(formatAge(4_900)).toBe("4 s");
    expect(formatAge(125_000)).toBe("2 min 5 s");
    expect(formatAge(120_000)).toBe("2 min");
    expect(secondsLeft({ receivedAt: 0, timeoutMs: 60_000 }, 59_001)).toBe(1);
    expect(secondsLeft({ receivedAt: 0, timeoutMs: 60_000 }, 70_000)).toBe(0);
    expect(isExpired({ receivedAt: 0, timeoutMs: 1000 }, 1000)).toBe(true);
    const request = { id: 1, kind: "sampling" as const, server: "", params: {}, receivedAt: 0, timeoutMs: 1000, status: "pending" as const };
    expect(canAnswer(request, 999)).toBe(true);
    expect(canAnswer({ ...request, status: "answered" }, 0)).toBe(false);
  });
  it("reads the timeout setting with the SDK's 60 s default", () => {
    expect(parseRequestTimeout(null)).toBe(60);
    expect(parseRequestTimeout("5")).toBe(5);
    expect(parseRequestTimeout("-1")).toBe(60);
    expect(parseRequestTimeout("abc")).toBe(60);
  });
});
