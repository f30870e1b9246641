import { describe, expect, it } from "vitest";
import { appSessionFrames } from "../../__tests__/app-session";
import { callsOf, diffProtocol, diffSurface, extractSurface, formatSessionDiff, pairCalls, sessionsDiffer, summarise } from "../index";

const { frames, plain } = appSessionFrames();

describe("comparing sessions with app frames", () => {
  it("diff ignores app frames: two runs that differ only in the app's conversation do not differ", () => {
    const kinds = diffSurface(extractSurface(frames), extractSurface(plain));
    const pairs = pairCalls(callsOf(frames), callsOf(plain));
    const protocol = diffProtocol(frames, plain);
    expect(sessionsDiffer(summarise(kinds, pairs, protocol))).toBe(false);
    // The app's proxied tools/call is a call like any other, and is compared.
    expect(callsOf(frames).filter((c) => c.method === "tools/call")).toHaveLength(2);
    expect(formatSessionDiff(kinds, pairs, ["A", "B"], protocol)).not.toContain("ui/");
  });
});
