import { beforeEach, describe, expect, it } from "vitest";
import { FindingIndex } from "../finding-index";
import { check, message, resetFrames } from "../../../test-support/check-frames";

describe("FindingIndex", () => {
  beforeEach(() => resetFrames());

  it("indexes check frames by the seq they are about", () => {
    const m = message({ id: 1, result: {} });
    const a = check("jsonrpc/unknown-response-id", m.seq);
    const b = check("wire/schema", m.seq, "warning");
    const loose = check("timing/never-answered", undefined);
    const index = new FindingIndex();
    expect(index.sync([m, a, b, loose])).toBe(true);
    expect(index.about(m.seq)).toEqual([a, b]);
    expect(index.about(999)).toEqual([]);
    expect(index.all()).toEqual([a, b, loose]);
  });

  it("reads only the appended tail, keeping untouched lists identical", () => {
    const m1 = message({ id: 1, result: {} });
    const m2 = message({ id: 2, result: {} });
    const c1 = check("r/one", m1.seq);
    const index = new FindingIndex();
    const frames = [m1, m2, c1];
    index.sync(frames);
    const before = index.about(m1.seq);
    const allBefore = index.all();

    const c2 = check("r/two", m2.seq);
    expect(index.sync([...frames, c2])).toBe(true);
    expect(index.about(m1.seq)).toBe(before); // the memoised row of m1 is not re-rendered
    expect(index.about(m2.seq)).toEqual([c2]);
    expect(index.all()).not.toBe(allBefore);

    const m3 = message({ id: 3, result: {} });
    const all = index.all();
    expect(index.sync([...frames, c2, m3])).toBe(false);
    expect(index.all()).toBe(all);
  });

  it("is a no-op for the same snapshot, and rebuilds when the log is not an extension", () => {
    const m1 = message({ id: 1, result: {} });
    const c1 = check("r/one", m1.seq);
    const index = new FindingIndex();
    const frames = [m1, c1];
    index.sync(frames);
    expect(index.sync(frames)).toBe(false);

    // A new session: different frames from the start.
    resetFrames();
    const n1 = message({ id: 7, result: {} });
    expect(index.sync([n1])).toBe(true);
    expect(index.all()).toEqual([]);
    expect(index.about(m1.seq)).toEqual([]);
  });
});
