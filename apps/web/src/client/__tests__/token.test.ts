import { describe, expect, it } from "vitest";
import { parseTokenFromHash, tokenFromInput } from "../token";

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

describe("tokenFromInput", () => {
  it("takes the token from the printed URL, or the token alone", () => {
    expect(tokenFromInput("  http://127.0.0.1:6277/#token=abc-_1 ")).toBe("abc-_1");
    expect(tokenFromInput("http://127.0.0.1:6277/#server=s1&token=xyz")).toBe("xyz");
    expect(tokenFromInput("abc123")).toBe("abc123");
  });

  it("is undefined for nothing token-like", () => {
    expect(tokenFromInput("")).toBeUndefined();
    expect(tokenFromInput("two words")).toBeUndefined();
    expect(tokenFromInput("http://127.0.0.1:6277/#server=s1")).toBeUndefined();
  });
});
