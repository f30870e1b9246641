// @vitest-environment jsdom
// What you type is what is sent: no silent clamping, optional choices that can stay unset, and the
// descriptions a server wrote for its enum and oneOf fields.
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Tool } from "@modelcontextprotocol/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ToolArgumentsEditor } from "../ToolArgumentsEditor";
import { SessionContext, type SessionValue } from "../../../client/session-context";
import { resetRememberedArgsCache } from "../../forms";
import { renderWithMantine } from "../../../test-support/render";

const session = {
  snapshot: { connection: { phase: "ready", server: { name: "srv" } }, header: { target: { command: "node", args: ["server.js"] } } },
  restart: () => {},
  token: "t",
} as unknown as SessionValue;

const tool: Tool = {
  name: "draw",
  inputSchema: {
    type: "object",
    properties: {
      count: { type: "integer", minimum: 1, maximum: 10 },
      color: { type: "string", enum: ["red", "blue"], description: "Ink used for the outline" },
      shape: {
        description: "What to draw; leave unset for the default shape",
        oneOf: [
          { title: "Circle", type: "object", properties: { kind: { const: "circle" }, r: { type: "number", default: 1 } }, required: ["kind"] },
          { title: "Square", type: "object", properties: { kind: { const: "square" }, side: { type: "number" } }, required: ["kind"] },
        ],
      },
      label: { anyOf: [{ type: "string", title: "Text" }, { type: "number", title: "Number" }] },
    },
    required: ["count"],
  },
};

function renderEditor() {
  const onSubmit = vi.fn();
  renderWithMantine(
    <SessionContext.Provider value={session}>
      <ToolArgumentsEditor tool={tool} onSubmit={onSubmit} busy={false} disabled={false} />
    </SessionContext.Provider>,
  );
  return onSubmit;
}

const inputsShowing = (value: string) => [...document.querySelectorAll("input")].filter((el) => el.value === value);

beforeEach(() => {
  localStorage.clear();
  resetRememberedArgsCache();
});
afterEach(cleanup);

describe("tool argument forms send what is typed", { timeout: 20_000 }, () => {
  it("keeps an out-of-range integer on blur and shows the validation error instead of clamping it", async () => {
    const user = userEvent.setup();
    const onSubmit = renderEditor();
    const count = screen.getByLabelText(/^count/) as HTMLInputElement;
    await user.type(count, "11");
    await user.tab();
    expect(count.value).toBe("11");
    await user.click(screen.getByRole("button", { name: "Call tool" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByText(/must be <= 10/).length).toBeGreaterThan(0);
    expect(count.value).toBe("11");
    await user.click(screen.getByRole("button", { name: "Send anyway" }));
    expect(onSubmit).toHaveBeenCalledWith({ count: 11 });
  });

  it("starts optional oneOf/anyOf on an explicit none and sends nothing for them until a branch is picked", async () => {
    const user = userEvent.setup();
    const onSubmit = renderEditor();
    await user.type(screen.getByLabelText(/^count/), "2");
    await user.click(screen.getByRole("button", { name: "Call tool" }));
    expect(onSubmit).toHaveBeenLastCalledWith({ count: 2 });
    // Both pickers say so.
    const pickers = inputsShowing("none (leave unset)");
    expect(pickers).toHaveLength(2);
    // Picking a branch sends it; going back to none sends nothing again.
    await user.click(pickers[0]!);
    await user.click(await screen.findByRole("option", { name: "Circle", hidden: true }));
    await user.click(screen.getByRole("button", { name: "Call tool" }));
    expect(onSubmit).toHaveBeenLastCalledWith({ count: 2, shape: { kind: "circle", r: 1 } });
    const picker = inputsShowing("Circle")[0]!;
    await user.click(picker);
    const list = document.getElementById(picker.getAttribute("aria-controls")!)!;
    await user.click(within(list).getByRole("option", { name: "none (leave unset)", hidden: true }));
    await user.click(screen.getByRole("button", { name: "Call tool" }));
    expect(onSubmit).toHaveBeenLastCalledWith({ count: 2 });
  });

  it("shows the descriptions of enum (select) and oneOf fields", () => {
    renderEditor();
    const form = screen.getByTestId("schema-form");
    expect(within(form).getByText("Ink used for the outline")).toBeTruthy();
    expect(within(form).getByText("What to draw; leave unset for the default shape")).toBeTruthy();
  });
});
