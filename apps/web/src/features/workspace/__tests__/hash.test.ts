import { describe, expect, it } from "vitest";
import { hashWithoutToken } from "../../../client/token";
import { hashWithServer, serverFromHash } from "../server-hash";

describe("the address bar's fragment", () => {
  it("loses the token but keeps the open tab", () => {
    expect(hashWithoutToken("#token=abc&server=s2")).toBe("#server=s2");
    expect(hashWithoutToken("#token=abc")).toBe("");
    expect(serverFromHash(hashWithoutToken("#token=abc&server=s2"))).toBe("s2");
  });

  it("names the tab to reopen, keeping other parameters", () => {
    expect(serverFromHash("")).toBeUndefined();
    expect(serverFromHash("#server=")).toBeUndefined();
    expect(hashWithServer("", "s1")).toBe("#server=s1");
    expect(hashWithServer("#server=s1&x=1", "s3")).toBe("#server=s3&x=1");
  });
});
