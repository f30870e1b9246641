// @vitest-environment jsdom
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Tool } from "@modelcontextprotocol/client";
import type { SessionTarget } from "@mcp-inspect/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ToolArgumentsEditor } from "../ToolArgumentsEditor";
import { SessionContext, type SessionValue } from "../../../client/session-context";
import { argsScope, rememberArgs, resetRememberedArgsCache } from "../../forms";
import { renderWithMantine } from "../../../test-support/render";

const target: SessionTarget = { type: "stdio", command: "node", args: ["server.js"], cwd: "/", envKeys: [] };
const sessionOf = (t: object) =>
  ({ snapshot: { connection: { phase: "ready", server: { name: "srv" } }, header: { target: t } }, restart: () => {}, token: "t" }) as unknown as SessionValue;
const session = sessionOf(target);

const tool: Tool = {
  name: "greet",
  inputSchema: {
    type: "object",
    properties: { name: { type: "string", minLength: 2 }, times: { type: "integer", default: 1 }, note: { type: ["string", "null"] } },
    required: ["name"],
  },
};

function renderEditor(onSubmit = vi.fn(), value = session, shown: Tool = tool) {
  renderWithMantine(
    <SessionContext.Provider value={value}>
      <ToolArgumentsEditor tool={shown} onSubmit={onSubmit} busy={false} disabled={false} />
    </SessionContext.Provider>,
  );
  return onSubmit;
}

const jsonBox = () => screen.getByLabelText("Arguments (JSON)") as HTMLTextAreaElement;
const segment = (label: string) => within(screen.getByTestId("args-mode")).getByText(label);

beforeEach(() => {
  localStorage.clear();
  resetRememberedArgsCache();
});
afterEach(cleanup);

describe("ToolArgumentsEditor", () => {
  it("never rewrites what is typed in JSON mode, even while it is invalid", async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(segment("JSON"));
    await user.clear(jsonBox());
    const typed = '{ "name": "Ad", "times": 2,, ';
    for (let i = 0; i < typed.length; i++) {
      await user.type(jsonBox(), typed[i] === "{" ? "{{" : typed[i]!);
      expect(jsonBox().value).toBe(typed.slice(0, i + 1));
    }
    expect(screen.getByText(/invalid JSON/)).toBeTruthy();
  });

  it("keeps the data when switching Form -> JSON -> Form, and refuses Form for broken JSON", async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText(/^name/), "Ada\nLovelace");
    await user.click(segment("JSON"));
    expect(JSON.parse(jsonBox().value)).toEqual({ name: "Ada\nLovelace", times: 1 });
    await user.clear(jsonBox());
    await user.type(jsonBox(), '{{ "name": "Grace", "times": 3, "extra": true }');
    await user.click(segment("Form"));
    expect((screen.getByLabelText(/^name/) as HTMLTextAreaElement).value).toBe("Grace");
    await user.click(segment("JSON"));
    expect(JSON.parse(jsonBox().value)).toEqual({ name: "Grace", times: 3, extra: true });
    await user.type(jsonBox(), "oops");
    await user.click(segment("Form"));
    expect(screen.getByTestId("switch-error").textContent).toMatch(/Cannot show this as a form/);
    expect(jsonBox().value.endsWith("oops")).toBe(true);
  });

  it("validates before sending and offers Send anyway with the invalid arguments", async () => {
    const user = userEvent.setup();
    const onSubmit = renderEditor();
    await user.type(screen.getByLabelText(/^name/), "A");
    await user.click(screen.getByRole("button", { name: "Call tool" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByText(/must NOT have fewer than 2 characters/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: "Send anyway" }));
    expect(onSubmit).toHaveBeenCalledWith({ name: "A", times: 1 });
  });

  it("sends valid arguments at once, omitting empty optional fields", async () => {
    const user = userEvent.setup();
    const onSubmit = renderEditor();
    await user.type(screen.getByLabelText(/^name/), "Ada");
    await user.click(screen.getByRole("button", { name: "Call tool" }));
    expect(onSubmit).toHaveBeenCalledWith({ name: "Ada", times: 1 });
  });

  it("remembers arguments per server and tool, and shows rememberArgs from elsewhere at once", async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText(/^name/), "Ada");
    expect(localStorage.length).toBe(1);
    act(() => rememberArgs(argsScope(target, "srv"), "greet", { name: "From history", times: 9 }));
    expect((screen.getByLabelText(/^name/) as HTMLTextAreaElement).value).toBe("From history");
    cleanup();
    resetRememberedArgsCache();
    renderEditor();
    expect((screen.getByLabelText(/^name/) as HTMLTextAreaElement).value).toBe("From history");
  });

  it("keys remembered arguments by the target too: another server that calls itself the same gets none", async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText(/^name/), "Ada");
    cleanup();
    resetRememberedArgsCache();
    renderEditor(vi.fn(), sessionOf({ type: "stdio", command: "node", args: ["impostor.js"], cwd: "/", envKeys: [] }));
    expect((screen.getByLabelText(/^name/) as HTMLTextAreaElement).value).toBe("");
    cleanup();
    renderEditor();
    expect((screen.getByLabelText(/^name/) as HTMLTextAreaElement).value).toBe("Ada");
  });

  it("keeps fields that look secret out of storage unless 'Remember secrets' is ticked", async () => {
    const login: Tool = {
      name: "login",
      inputSchema: { type: "object", properties: { user: { type: "string" }, apiKey: { type: "string" }, pin: { type: "string", format: "password" } } },
    };
    const user = userEvent.setup();
    renderEditor(vi.fn(), session, login);
    await user.type(screen.getByLabelText(/^user/), "ada");
    await user.type(screen.getByLabelText(/^apiKey/), "sk-123");
    await user.type(screen.getByLabelText(/^pin/), "4242");
    const stored = () => Object.values({ ...localStorage }).join("\n");
    expect(stored()).toContain("ada");
    expect(stored()).not.toContain("sk-123");
    expect(stored()).not.toContain("4242");
    // A new page: the user name is back, the secrets are not.
    cleanup();
    resetRememberedArgsCache();
    renderEditor(vi.fn(), session, login);
    expect((screen.getByLabelText(/^user/) as HTMLInputElement).value).toBe("ada");
    expect((screen.getByLabelText(/^apiKey/) as HTMLInputElement).value).toBe("");
    await user.type(screen.getByLabelText(/^apiKey/), "sk-456");
    await user.click(screen.getByLabelText("Remember secrets"));
    expect(stored()).toContain("sk-456");
  });
});
