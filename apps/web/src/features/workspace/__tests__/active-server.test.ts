import { describe, expect, it } from "vitest";
import { activeServer, showsServerTabs, tabAfterClose } from "../active-server";
import { liveServer } from "../../../test-support/fake-backend";

const servers = [liveServer("s1", "a"), liveServer("s2", "b"), liveServer("s3", "c")];

describe("which tab is shown", () => {
  it("is the one asked for while it lives, else the first", () => {
    expect(activeServer(servers, "s2")?.id).toBe("s2");
    expect(activeServer(servers, "s9")?.id).toBe("s1");
    expect(activeServer(servers, undefined)?.id).toBe("s1");
    expect(activeServer([], "s1")).toBeUndefined();
  });

  it("after a close is the tab on its left, or the next for the first", () => {
    expect(tabAfterClose(servers, "s2")).toBe("s1");
    expect(tabAfterClose(servers, "s1")).toBe("s2");
    expect(tabAfterClose([servers[0]!], "s1")).toBeUndefined();
    expect(tabAfterClose(servers, "s9")).toBeUndefined();
  });

  it("needs a tab strip only with a second server or a second launcher", () => {
    expect(showsServerTabs(1, 1)).toBe(false);
    expect(showsServerTabs(1, 2)).toBe(true);
    expect(showsServerTabs(2, 1)).toBe(true);
  });

  it("shows the tab of a proxied session even alone (mcp-inspect watch has no launcher): its label names the client", () => {
    expect(showsServerTabs(1, 0)).toBe(false);
    expect(showsServerTabs(1, 0, 1)).toBe(true);
  });
});
