import { describe, expect, it } from "vitest";
import type { Frame } from "../frame";
import { envelopeVersion, sessionProtocol } from "../protocol-era";
import { fallbackSession, legacySession, modernSession } from "./captured-sessions";

describe("sessionProtocol on captured sessions", () => {
  it("a v2 client pinned to 2026-07-28: modern, from server/discover's answered envelope", () => {
    expect(modernSession.frames.some((f) => f.kind === "message" && f.msg.method === "server/discover")).toBe(true);
    expect(sessionProtocol(modernSession.frames)).toEqual({ era: "modern", version: "2026-07-28" });
  });

  it("the same server in the legacy era: legacy, the initialize answer's revision", () => {
    expect(sessionProtocol(legacySession.frames)).toEqual({ era: "legacy", version: "2025-11-25" });
  });

  it("auto against a 1.x server: the probe's -32601 settles nothing, the fallback initialize does", () => {
    expect(sessionProtocol(fallbackSession.frames)).toEqual({ era: "legacy", version: "2025-11-25" });
  });

  it("modern without server/discover on the record (the SDK's stdio probe runs on a sibling): any answered enveloped request", () => {
    const withoutDiscover = modernSession.frames.filter((f) => !(f.kind === "message" && (f.msg.method === "server/discover" || f.msg.id === "server-discover-probe-1")));
    expect(sessionProtocol(withoutDiscover)).toEqual({ era: "modern", version: "2026-07-28" });
  });

  it("undefined when nothing was answered: no handshake, or only a refused probe", () => {
    expect(sessionProtocol([])).toBeUndefined();
    expect(sessionProtocol(fallbackSession.frames.slice(0, 2))).toBeUndefined();
    const unanswered = modernSession.frames.filter((f): f is Frame => f.kind === "message" && f.dir === "client->server");
    expect(sessionProtocol(unanswered)).toBeUndefined();
  });

  it("reads the envelope's revision from a request's _meta", () => {
    const first = modernSession.frames[0]!;
    expect(first.kind === "message" && envelopeVersion(first.msg)).toBe("2026-07-28");
    expect(envelopeVersion({ method: "tools/list" })).toBeUndefined();
  });
});
