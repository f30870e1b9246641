import { describe, expect, it } from "vitest";
import { diffSurface } from "../diff-surface";
import { extractSurface } from "../surface";
import { SessionBuilder } from "./frames";

const tool = (name: string, inputSchema: Record<string, unknown> = { type: "object" }) => ({ name, inputSchema });

describe("extractSurface", () => {
  it("reads initialize and joins every page of a listing", () => {
    const s = new SessionBuilder()
      .initialize({ protocolVersion: "2025-06-18", serverInfo: { name: "demo", version: "1" }, capabilities: { tools: {} }, instructions: "hi" })
      .call("tools/list", {}, { result: { tools: [tool("a")], nextCursor: "p2" } })
      .call("tools/list", { cursor: "p2" }, { result: { tools: [tool("b")], nextCursor: "p3" } })
      .call("tools/list", { cursor: "p3" }, { result: { tools: [tool("c")] } });
    const surface = extractSurface(s.frames);
    expect(surface.initialize).toEqual({ protocolVersion: "2025-06-18", serverInfo: { name: "demo", version: "1" }, capabilities: { tools: {} }, instructions: "hi" });
    expect(surface.lists.tools?.map((t) => t.name)).toEqual(["a", "b", "c"]);
    expect(surface.lists.prompts).toBeUndefined();
  });

  it("uses the last complete listing after list_changed, ignoring an unfinished re-list", () => {
    const s = new SessionBuilder()
      .call("tools/list", undefined, { result: { tools: [tool("old")] } })
      .notify("server->client", "notifications/tools/list_changed")
      .call("tools/list", undefined, { result: { tools: [tool("new1")], nextCursor: "c" } })
      .call("tools/list", { cursor: "c" }, { result: { tools: [tool("new2")] } })
      .call("prompts/list", {}, { result: { prompts: [{ name: "p" }] } })
      .call("prompts/list", {}, { result: { prompts: [{ name: "p2" }], nextCursor: "x" } })
      .call("prompts/list", { cursor: "x" }, { error: { code: -32603, message: "boom" } });
    const surface = extractSurface(s.frames);
    expect(surface.lists.tools?.map((t) => t.name)).toEqual(["new1", "new2"]);
    expect(surface.lists.prompts?.map((t) => t.name)).toEqual(["p"]);
  });

  it("does not take a page whose cursor no listing asked for", () => {
    const s = new SessionBuilder().call("resources/list", { cursor: "p5" }, { result: { resources: [{ uri: "x://5" }] } });
    expect(extractSurface(s.frames).lists.resources).toBeUndefined();
  });
});

describe("diffSurface", () => {
  it("names added, removed and changed items, with the differing schema paths", () => {
    const a = new SessionBuilder()
      .initialize({ protocolVersion: "2025-06-18", serverInfo: { name: "demo", version: "1" }, capabilities: { tools: {} } })
      .call("tools/list", {}, { result: { tools: [tool("keep"), tool("gone"), tool("echo", { type: "object", properties: { text: { type: "string" } } })] } })
      .call("resources/list", {}, { result: { resources: [{ uri: "file:///a", name: "a" }] } });
    const b = new SessionBuilder()
      .initialize({ protocolVersion: "2025-06-18", serverInfo: { name: "demo", version: "2" }, capabilities: { tools: {} } })
      .call("tools/list", {}, { result: { tools: [tool("echo", { properties: { text: { type: "number" } }, type: "object" }), tool("keep"), tool("fresh")] } })
      .call("resources/list", {}, { result: { resources: [{ uri: "file:///a", name: "a" }] } });
    const kinds = diffSurface(extractSurface(a.frames), extractSurface(b.frames));
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k]));
    expect(byKind.server!.changes).toEqual([
      { kind: "server", name: "serverInfo", change: "changed", a: { name: "demo", version: "1" }, b: { name: "demo", version: "2" }, paths: [{ path: "/version", expected: "1", actual: "2" }] },
    ]);
    expect(byKind.tools!.changes.map((c) => [c.name, c.change, c.paths.map((p) => p.path)])).toEqual([
      ["gone", "removed", []],
      ["echo", "changed", ["/inputSchema/properties/text/type"]],
      ["fresh", "added", []],
    ]);
    expect(byKind.tools!.same).toBe(1);
    expect(byKind.resources).toMatchObject({ inA: true, inB: true, same: 1, changes: [] });
    // Never listed in either: unknown, not empty.
    expect(byKind.prompts).toMatchObject({ inA: false, inB: false, changes: [] });
  });

  it("reports a listing only one session completed as unknown on the other side, not as additions", () => {
    const a = new SessionBuilder().call("prompts/list", {}, { result: { prompts: [{ name: "p" }] } });
    const kinds = diffSurface(extractSurface(a.frames), extractSurface(new SessionBuilder().frames));
    expect(kinds.find((k) => k.kind === "prompts")).toEqual({ kind: "prompts", inA: true, inB: false, same: 0, changes: [] });
  });
});
