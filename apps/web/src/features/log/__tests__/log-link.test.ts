import { describe, expect, it } from "vitest";
import { DEFAULT_KINDS } from "../log-filter";
import { rowFromLink, toolbarFromLink, toolbarToLink } from "../log-link";
import type { ToolbarState } from "../LogToolbar";

const plain: ToolbarState = { search: "", methods: [], direction: "all", kinds: DEFAULT_KINDS, errorsOnly: false, slowOnly: false, slowMs: 1000 };

describe("the log's search and filters in the link", () => {
  it("writes nothing for the default log", () => {
    expect(Object.values(toolbarToLink(plain)).filter((v) => v !== undefined)).toEqual([]);
    expect(toolbarFromLink({})).toEqual(plain);
  });

  it("round-trips every filter", () => {
    const state: ToolbarState = {
      search: '$.params.name == "echo"',
      methods: ["tools/call", "ping"],
      direction: "server->client",
      kinds: new Set(["request", "check"]),
      errorsOnly: true,
      slowOnly: true,
      slowMs: 250,
    };
    const link = Object.fromEntries(Object.entries(toolbarToLink(state)).filter(([, v]) => v !== undefined));
    expect(link).toEqual({ q: state.search, method: "tools/call,ping", dir: "server->client", kinds: "request,check", errors: "1", slow: "250" });
    expect(toolbarFromLink(link)).toEqual(state);
  });

  it("reads a wrong link as the default, and an empty kind list as none", () => {
    expect(toolbarFromLink({ dir: "sideways", slow: "fast", kinds: "bogus" })).toEqual({ ...plain, kinds: new Set() });
    expect(toolbarFromLink(toolbarToLink({ ...plain, kinds: new Set() }) as Record<string, string>).kinds.size).toBe(0);
  });

  it("reads a row number, or nothing", () => {
    expect(rowFromLink("42")).toBe(42);
    expect(rowFromLink("4x")).toBeUndefined();
    expect(rowFromLink(undefined)).toBeUndefined();
  });
});
