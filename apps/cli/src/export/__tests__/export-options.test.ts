import { describe, expect, it } from "vitest";
import { checkFixtureName, collectIgnore, defaultFixtureName, parseSeqList, splitCommandLine } from "../export-options";
import { UsageError } from "../../common/usage-error";

describe("export and replay options", () => {
  it("--only takes comma-separated frame numbers", () => {
    expect(parseSeqList("5, 7,12")).toEqual([5, 7, 12]);
    expect(() => parseSeqList("5,x")).toThrow(new UsageError('--only takes frame numbers separated by commas (e.g. --only 5,7,12), got "5,x"'));
    expect(() => parseSeqList("0")).toThrow(UsageError);
  });

  it("--name must be a plain file name; the default comes from the session file", () => {
    expect(checkFixtureName("checkout-flow.v2")).toBe("checkout-flow.v2");
    expect(() => checkFixtureName("../up")).toThrow(/plain file name/);
    expect(defaultFixtureName("/data/sessions/2026-01-01T00-00-00-000Z-abcd1234.jsonl")).toBe("2026-01-01T00-00-00-000Z-abcd1234");
    expect(defaultFixtureName("x/my.fixture.json")).toBe("my");
  });

  it("--server splits a command line, keeping quoted spaces", () => {
    expect(splitCommandLine(`node "my server.js" --flag 'a b'`)).toEqual(["node", "my server.js", "--flag", "a b"]);
    expect(() => splitCommandLine("  ")).toThrow(/--server needs a command line/);
  });

  it("--ignore collects paths", () => {
    expect(collectIgnore("/result/a", collectIgnore("b.c", []))).toEqual(["b.c", "/result/a"]);
    expect(() => collectIgnore(" ", [])).toThrow(/--ignore needs a path/);
  });
});
