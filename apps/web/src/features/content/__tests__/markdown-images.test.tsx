// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { renderResult } from "../../../test-support/render";
import { MarkdownView } from "../MarkdownView";

const PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

describe("images in a server's Markdown", () => {
  afterEach(cleanup);

  it("does not load a remote image until the person asks: a placeholder names the URL", async () => {
    renderResult(<MarkdownView text={"# Report\n\n![tracker](https://tracker.example/p.png?who=me)"} />);
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByTestId("remote-image").textContent).toContain("https://tracker.example/p.png?who=me");
    await userEvent.click(screen.getByRole("button", { name: /Load image/ }));
    const img = document.querySelector("img")!;
    expect(img.getAttribute("src")).toBe("https://tracker.example/p.png?who=me");
    expect(img.getAttribute("referrerpolicy")).toBe("no-referrer");
  });

  it("renders data: images at once, and offers no load for other schemes", () => {
    renderResult(<MarkdownView text={`![dot](${PIXEL}) and ![x](javascript:alert(1))`} />);
    const images = [...document.querySelectorAll("img")];
    expect(images.map((i) => i.getAttribute("src"))).toEqual([PIXEL]);
    expect(screen.queryByRole("button", { name: /Load image/ })).toBeNull();
  });
});
