import { describe, expect, it } from "vitest";
import { MARKDOWN_SNIFF_CHARS, looksLikeMarkdown } from "../markdown";

describe("looksLikeMarkdown on huge texts", () => {
  it("decides from the start of the text", () => {
    expect(looksLikeMarkdown("# Title\n" + "z".repeat(2 * MARKDOWN_SNIFF_CHARS))).toBe(true);
    // A heading only past the sniffed start does not make 50 MB of plain text Markdown.
    expect(looksLikeMarkdown("z".repeat(MARKDOWN_SNIFF_CHARS) + "\n# Title\n")).toBe(false);
  });
});
