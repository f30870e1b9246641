// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithMantine } from "../../../test-support/render";
import { JsonTree } from "../JsonTree";
import { ARRAY_PAGE, STRING_PREVIEW } from "../json-tree-model";

afterEach(() => cleanup());

describe("JsonTree", () => {
  it("renders the children of a collapsed node only once it is expanded", () => {
    const deep = { a: { b: { c: { d: { secret: "hidden-value" } } } } };
    renderWithMantine(<JsonTree value={deep} />);
    // Three levels open by default; "c" is collapsed, so nothing under it is in the DOM at all.
    expect(screen.queryByRole("button", { name: "expand $.a.b.c.d" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "expand $.a.b.c" }));
    expect(screen.queryByText('"hidden-value"')).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "expand $.a.b.c.d" }));
    expect(screen.getByText('"hidden-value"')).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "collapse $.a.b.c.d" }));
    expect(screen.queryByText('"hidden-value"')).toBeNull();
  });

  it("truncates long strings with a 'show all'", () => {
    const long = "y".repeat(STRING_PREVIEW + 500);
    renderWithMantine(<JsonTree value={{ text: long }} />);
    const leaf = screen.getByTestId("json-leaf");
    expect(leaf.textContent!.length).toBeLessThan(STRING_PREVIEW + 100);
    fireEvent.click(screen.getByTestId("json-show-all"));
    expect(screen.getByTestId("json-leaf").textContent).toContain(long);
  });

  it("pages arrays longer than a page", () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    renderWithMantine(<JsonTree value={{ items: [[items]] }} />);
    fireEvent.click(screen.getByRole("button", { name: "expand $.items[0][0]" }));
    expect(screen.getAllByTestId("json-leaf")).toHaveLength(ARRAY_PAGE);
    fireEvent.click(screen.getByTestId("json-more-items"));
    expect(screen.getAllByTestId("json-leaf")).toHaveLength(2 * ARRAY_PAGE);
    expect(screen.getByTestId("json-more-items").textContent).toContain("show 50 more of 250");
  });

  it("reports the selected node's path and value", () => {
    let picked: unknown;
    renderWithMantine(<JsonTree value={{ params: { name: "echo" } }} onSelect={(path, value) => (picked = { path, value })} />);
    fireEvent.click(screen.getByRole("button", { name: "select $.params.name" }));
    expect(picked).toEqual({ path: ["params", "name"], value: "echo" });
  });
});
