import { describe, expect, it } from "vitest";
import { legacySession, modernSession } from "../../__tests__/captured-sessions";
import { callsOf, diffProtocol, diffSurface, extractSurface, formatSessionDiff, pairCalls, sessionsDiffer, summarise } from "../index";

/** The compare as `mcp-inspect diff` makes it. */
function compare(a: typeof modernSession, b: typeof modernSession) {
  const kinds = diffSurface(extractSurface(a.frames), extractSurface(b.frames));
  const pairs = pairCalls(callsOf(a.frames), callsOf(b.frames));
  const protocol = diffProtocol(a.frames, b.frames);
  return { protocol, summary: summarise(kinds, pairs, protocol), text: formatSessionDiff(kinds, pairs, ["A", "B"], protocol) };
}

describe("comparing sessions of two eras", () => {
  it("names the difference in era and revision first, before the surface and the calls", () => {
    const { protocol, summary, text } = compare(modernSession, legacySession);
    expect(protocol).toEqual({ a: { era: "modern", version: "2026-07-28" }, b: { era: "legacy", version: "2025-11-25" } });
    expect(text.split("\n")[0]).toBe("protocol: different eras: A 2026-07-28 (modern era), B 2025-11-25 (legacy era)");
    expect(sessionsDiffer(summary)).toBe(true);
  });

  it("two sessions of one era: no protocol line, and a 2026-07-28 server's identity comes from server/discover", () => {
    const { protocol, text } = compare(modernSession, modernSession);
    expect(protocol).toBeUndefined();
    expect(text).not.toContain("protocol:");
    expect(extractSurface(modernSession.frames).initialize).toMatchObject({ serverInfo: { name: "mcp-inspect-demo-v2" }, supportedVersions: ["2026-07-28"] });
  });

  it("a session that never negotiated is named as such", () => {
    const { text } = compare(modernSession, { ...legacySession, frames: [] });
    expect(text.split("\n")[0]).toBe("protocol: different revisions: A 2026-07-28 (modern era), B none negotiated");
  });
});
