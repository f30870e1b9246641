// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithMantine } from "../../../test-support/render";
import { ElicitationFormView } from "../ElicitationFormView";

const requestedSchema = {
  type: "object",
  properties: {
    // 2025-11-25 titled multi-select
    toppings: { type: "array", title: "Toppings", items: { anyOf: [{ const: "ham", title: "Smoked ham" }, { const: "olive", title: "Black olives" }] } },
    // untitled multi-select
    sizes: { type: "array", title: "Sizes", items: { type: "string", enum: ["S", "M", "L"] } },
    // legacy enumNames
    crust: { type: "string", title: "Crust", enum: ["thin", "deep"], enumNames: ["Thin and crispy", "Deep dish"] },
  },
};

describe("elicitation forms", { timeout: 20_000 }, () => {
  afterEach(() => cleanup());

  it("draws multi-selects as checkboxes with their titles and honours enumNames", async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    renderWithMantine(<ElicitationFormView message="Order" requestedSchema={requestedSchema} disabled={false} onAnswer={onAnswer} />);
    expect(document.body.textContent).not.toContain("Unsupported field schema");
    expect(screen.queryByRole("button", { name: /add/i })).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: "Smoked ham" }));
    await user.click(screen.getByRole("checkbox", { name: "Black olives" }));
    await user.click(screen.getByRole("checkbox", { name: "M" }));
    expect(screen.getAllByRole("checkbox")).toHaveLength(5);
    // enumNames are the select's option labels.
    await user.click(screen.getAllByLabelText(/^Crust/).find((el) => el.tagName === "INPUT")!);
    await user.click(await screen.findByRole("option", { name: "Deep dish", hidden: true }));
    await user.click(screen.getByRole("button", { name: "Accept" }));
    expect(onAnswer).toHaveBeenCalledWith({ action: "accept", content: { toppings: ["ham", "olive"], sizes: ["M"], crust: "deep" } });
  });
});
