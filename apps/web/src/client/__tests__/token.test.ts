import { describe, expect, it } from "vitest";
import { parseTokenFromHash } from "../token";

describe("parseTokenFromHash", () => {
  it("reads #token=...", () => {
    expect(parseTokenFromHash("#token=abc123")).toBe("abc123");
    expect(parseTokenFromHash("#x=1&token=a%2Bb")).toBe("a+b");
  });

  it("is undefined without a token", () => {
    expect(parseTokenFromHash("")).toBeUndefined();
    expect(parseTokenFromHash("#")).toBeUndefined();
    expect(parseTokenFromHash("#token=")).toBeUndefined();
  });
});
