import { describe, expect, it } from "vitest";
import { hashWithLink, linkFromHash, patchLink } from "../deep-link";
import { LinkStore } from "../link-store";

describe("the link in the address bar", () => {
  it("reads what is open, and nothing else", () => {
    expect(linkFromHash("#server=s2&tab=tools&tool=add&row=42&q=a%20b&other=1")).toEqual({ tab: "tools", tool: "add", row: "42", q: "a b" });
    expect(linkFromHash("")).toEqual({});
  });

  it("writes what is open beside the server, keeps unknown parameters, and never the token", () => {
    expect(hashWithLink("#server=s1&x=1", { tab: "tools", tool: "add" })).toBe("#server=s1&tab=tools&tool=add&x=1");
    expect(hashWithLink("#tab=tools&x=1&server=s1", { tab: "prompts" }, "s2")).toBe("#server=s2&tab=prompts&x=1");
    expect(hashWithLink("", {}, "s2")).toBe("#server=s2");
    expect(hashWithLink("#server=s1&tool=old&row=3", { tool: "new" })).toBe("#server=s1&tool=new");
    expect(hashWithLink("#token=secret&server=s1", { row: "7" })).toBe("#server=s1&row=7");
    expect(hashWithLink("#tab=tools", {})).toBe("");
  });

  it("survives the round trip with characters that need escaping", () => {
    const link = { resource: "demo://file/a b?x=1&y=#z", q: '$.params.name == "echo"' };
    expect(linkFromHash(hashWithLink("#server=s1", link))).toEqual(link);
  });

  it("patches: undefined or empty removes, the same object when nothing changes", () => {
    const link = { tab: "tools", tool: "add" };
    expect(patchLink(link, { tool: "add" })).toBe(link);
    expect(patchLink(link, { tool: undefined })).toEqual({ tab: "tools" });
    expect(patchLink(link, { tool: "" })).toEqual({ tab: "tools" });
  });
});

describe("LinkStore", () => {
  it("writes to the address bar only while linked, starting with what it holds", () => {
    const store = new LinkStore({ tab: "prompts" });
    const written: unknown[] = [];
    store.set({ prompt: "greet" });
    const unlink = store.linkTo((state) => written.push(state));
    store.set({ prompt: "other" });
    unlink();
    store.set({ prompt: "third" });
    expect(written).toEqual([{ tab: "prompts", prompt: "greet" }, { tab: "prompts", prompt: "other" }]);
    expect(store.get()).toEqual({ tab: "prompts", prompt: "third" });
  });
});
