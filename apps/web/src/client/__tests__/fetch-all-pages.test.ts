import { describe, expect, it } from "vitest";
import { fetchAllPages, type Page } from "../fetch-all-pages";

function pages(map: Record<string, Page<number>>) {
  const calls: (string | undefined)[] = [];
  const fetchPage = async (cursor: string | undefined) => {
    calls.push(cursor);
    return map[cursor ?? ""]!;
  };
  return { calls, fetchPage };
}

describe("fetchAllPages", () => {
  it("returns a single page", async () => {
    const { calls, fetchPage } = pages({ "": { items: [1, 2] } });
    expect(await fetchAllPages(fetchPage)).toEqual({ items: [1, 2], pages: 1 });
    expect(calls).toEqual([undefined]);
  });

  it("follows nextCursor to the last page", async () => {
    const { calls, fetchPage } = pages({
      "": { items: [1], nextCursor: "a" },
      a: { items: [2, 3], nextCursor: "b" },
      b: { items: [], nextCursor: "c" },
      c: { items: [4] },
    });
    expect(await fetchAllPages(fetchPage)).toEqual({ items: [1, 2, 3, 4], pages: 4 });
    expect(calls).toEqual([undefined, "a", "b", "c"]);
  });

  it("stops on a cursor loop with a warning", async () => {
    const { calls, fetchPage } = pages({
      "": { items: [1], nextCursor: "a" },
      a: { items: [2], nextCursor: "b" },
      b: { items: [3], nextCursor: "a" },
    });
    const result = await fetchAllPages(fetchPage);
    expect(result.items).toEqual([1, 2, 3]);
    expect(result.warning).toMatch(/cursor "a" twice/);
    expect(calls).toEqual([undefined, "a", "b"]);
  });

  it("stops at the page cap with a warning", async () => {
    let n = 0;
    const result = await fetchAllPages(async () => ({ items: [n], nextCursor: `c${++n}` }), 5);
    expect(result.items).toEqual([0, 1, 2, 3, 4]);
    expect(result.pages).toBe(5);
    expect(result.warning).toMatch(/5 pages/);
  });

  it("treats an empty-string cursor as a cursor", async () => {
    const { fetchPage } = pages({ "": { items: [1], nextCursor: "" } });
    const result = await fetchAllPages(fetchPage);
    expect(result.items).toEqual([1, 1]);
    expect(result.warning).toMatch(/twice/);
  });

  it("propagates a failing page", async () => {
    await expect(fetchAllPages(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  });
});

describe("page trail (page-by-page mode)", () => {
  it("walks forward along nextCursor and back to the first page", async () => {
    const { firstPage, nextPage, previousPage } = await import("../fetch-all-pages");
    const two = nextPage(firstPage, "c1");
    const three = nextPage(two, "c2");
    expect(three).toEqual([undefined, "c1", "c2"]);
    expect(nextPage(three, undefined)).toBe(three); // the last page has no next
    expect(previousPage(three)).toEqual([undefined, "c1"]);
    expect(previousPage(previousPage(two))).toEqual([undefined]);
  });
});
