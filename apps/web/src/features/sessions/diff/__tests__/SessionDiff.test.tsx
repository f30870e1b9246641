// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithMantine } from "../../../../test-support/render";
import { SessionDiff } from "../SessionDiff";
import { SessionBuilder } from "./frames";

afterEach(() => cleanup());

const text = (t: string) => ({ result: { content: [{ type: "text", text: t }] } });
const init = (version: string) => ({ protocolVersion: "2025-06-18", serverInfo: { name: "demo", version }, capabilities: { tools: { listChanged: true } } });

function sessions() {
  const a = new SessionBuilder()
    .initialize(init("1.0.0"))
    .call("tools/list", {}, { result: { tools: [{ name: "echo", inputSchema: { type: "object", properties: { msg: { type: "string" } } } }, { name: "old", inputSchema: { type: "object" } }] } })
    .call("tools/call", { name: "echo", arguments: { msg: "hi" } }, text("hi"))
    .call("tools/call", { name: "echo", arguments: { msg: "yo" } }, text("yo"))
    .call("tools/call", { name: "old", arguments: {} }, text("bye"));
  const b = new SessionBuilder()
    .initialize(init("1.0.0"))
    .call("tools/list", {}, { result: { tools: [{ name: "echo", inputSchema: { type: "object", properties: { msg: { type: "integer" } } } }, { name: "new", inputSchema: { type: "object" } }] } })
    .call("tools/call", { name: "echo", arguments: { msg: "hi" } }, text("hi"))
    .call("tools/call", { name: "echo", arguments: { msg: "yo" } }, text("YO"))
    .call("tools/call", { name: "new", arguments: {} }, text("hello"));
  return { a: a.session("a"), b: b.session("b") };
}

describe("SessionDiff", () => {
  it("summarises surface changes and calls, and opens a changed item to its differing paths", () => {
    const { a, b } = sessions();
    renderWithMantine(<SessionDiff a={a} b={b} labels={["before", "after"]} />);
    expect(screen.getByTestId("session-diff")).toBeTruthy();
    expect(screen.getByTestId("diff-summary").textContent).toBe("3 surface changes · 1 call differs · 1 same · 1 only in before · 1 only in after");

    const changes = screen.getAllByTestId("surface-change").map((el) => [el.dataset.kind, el.dataset.name, el.dataset.change]);
    expect(changes).toEqual([
      ["tools", "echo", "changed"],
      ["tools", "old", "removed"],
      ["tools", "new", "added"],
    ]);
    const echo = screen.getAllByTestId("surface-change")[0]!;
    fireEvent.click(within(echo).getByRole("button", { name: "Tools echo changed" }));
    const row = within(echo).getByTestId("diff-path");
    expect(row.textContent).toBe('/inputSchema/properties/msg/type"string""integer"');
    expect(within(echo).getByTestId("side-a").textContent).toContain('"string"');
    expect(within(echo).getByTestId("side-b").textContent).toContain('"integer"');
  });

  it("lists every call with its status and shows both answers of one that differs", () => {
    const { a, b } = sessions();
    renderWithMantine(<SessionDiff a={a} b={b} />);
    const calls = screen.getAllByTestId("call-diff");
    expect(calls.map((el) => [el.dataset.status, el.textContent?.includes("tools/call")])).toEqual([
      ["same", true],
      ["differs", true],
      ["only-a", true],
      ["only-b", true],
    ]);
    expect(calls[2]!.textContent).toContain("only in A");
    expect(calls[3]!.textContent).toContain("only in B");
    fireEvent.click(within(calls[1]!).getByRole("button", { name: "tools/call echo {msg: yo} differs" }));
    expect(within(calls[1]!).getByTestId("diff-path").textContent).toBe('/result/content/0/text"yo""YO"');
  });

  it("says when a session never listed a kind instead of calling its items added", () => {
    const { a } = sessions();
    const empty = new SessionBuilder().session("empty");
    renderWithMantine(<SessionDiff a={a} b={empty} />);
    expect(screen.queryAllByTestId("surface-change")).toHaveLength(0);
    const tools = screen.getAllByTestId("surface-kind").find((el) => el.dataset.kind === "tools")!;
    expect(tools.textContent).toContain("not listed in B");
    expect(screen.getByTestId("diff-summary").textContent).toBe("0 surface changes · 0 calls differ · 0 same · 3 only in A · 0 only in B");
  });
});
