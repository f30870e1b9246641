// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderResult } from "../../test-support/render";
import { JSON_BLOCK_PREVIEW, JsonBlock } from "../JsonBlock";

afterEach(cleanup);

describe("JsonBlock", () => {
  it("shows a short text whole, with no show-all control", () => {
    renderResult(<JsonBlock text="hello" testId="block" />);
    expect(screen.getByTestId("block").textContent).toBe("hello");
    expect(screen.queryByTestId("json-block-show-all")).toBeNull();
  });

  it("shows the start of a huge text and the rest on demand", () => {
    const text = "a".repeat(JSON_BLOCK_PREVIEW) + "b".repeat(2_500);
    renderResult(<JsonBlock text={text} testId="block" />);
    expect(screen.getByTestId("block").textContent).toBe("a".repeat(JSON_BLOCK_PREVIEW));
    expect(screen.getByTestId("json-block-show-all").textContent).toBe("show all (2,500 more chars)");
    fireEvent.click(screen.getByTestId("json-block-show-all"));
    expect(screen.getByTestId("block").textContent).toBe(text);
    expect(screen.queryByTestId("json-block-show-all")).toBeNull();
  });
});
