import type { Frame } from "@mcp-inspect/core";
import { describe, expect, it } from "vitest";
import { authorizationUrl, latestAuthStep } from "../oauth-state";

const auth = (seq: number, step: "authorize" | "authorized" | "failed", url?: string): Frame => ({ seq, t: seq, kind: "http", event: "auth", step, message: step, ...(url ? { url } : {}) });

describe("OAuth state from the frames", () => {
  it("is the latest auth step, if any", () => {
    expect(latestAuthStep([{ seq: 1, t: 0, kind: "stderr", text: "x" }])).toBeUndefined();
    expect(latestAuthStep([auth(1, "authorize", "https://as.example/authorize?state=s"), auth(2, "authorized")])).toMatchObject({ step: "authorized" });
  });

  it("offers only web pages to open", () => {
    expect(authorizationUrl(auth(1, "authorize", "https://as.example/authorize?state=s") as never)).toBe("https://as.example/authorize?state=s");
    expect(authorizationUrl(auth(1, "authorize", "javascript:alert(1)") as never)).toBeUndefined();
    expect(authorizationUrl(auth(1, "authorized") as never)).toBeUndefined();
  });
});
