import { describe, expect, it } from "vitest";
import { contentKind, textFormat } from "../content-kind";
import { looksLikeMarkdown } from "../markdown";
import { toolIconSrc } from "../../../ui/icon-src";

describe("looksLikeMarkdown", () => {
  it.each([
    ["# Title\n\nBody", true],
    ["Intro\n\n## Section", true],
    ["```js\nconst a = 1;\n```", true],
    ["| a | b |\n|---|---|\n| 1 | 2 |", true],
    ["- one\n- two", true],
    ["1. first\n2. second", true],
    ["> quoted\n", true],
    ["See [the docs](https://example.com).", true],
  ])("%j is Markdown", (text, expected) => expect(looksLikeMarkdown(text)).toBe(expected));

  it.each([["Here is a 16x16 PNG:"], ["Finished 5 steps of 500 ms"], ["- just one dash item"], ["#hashtag not a heading"], ["a | b"], ["2 * 3 = 6"]])(
    "%j is plain text",
    (text) => expect(looksLikeMarkdown(text)).toBe(false),
  );
});

describe("textFormat", () => {
  it("prefers JSON, then Markdown (by content or mime type), else plain", () => {
    expect(textFormat('{"a":1}')).toBe("json");
    expect(textFormat("[1,2]")).toBe("json");
    expect(textFormat("# Heading")).toBe("markdown");
    expect(textFormat("just words", "text/markdown")).toBe("markdown");
    expect(textFormat("just words")).toBe("plain");
    expect(textFormat("{not json")).toBe("plain");
  });
});

describe("contentKind", () => {
  it("dispatches the spec's types", () => {
    expect(contentKind({ type: "text", text: "x" })).toBe("text");
    expect(contentKind({ type: "image", data: "AA==", mimeType: "image/png" })).toBe("image");
    expect(contentKind({ type: "audio", data: "AA==", mimeType: "audio/wav" })).toBe("audio");
    expect(contentKind({ type: "resource_link", uri: "demo://x", name: "x" })).toBe("resource_link");
    expect(contentKind({ type: "resource", resource: { uri: "demo://x", text: "t" } })).toBe("resource");
  });

  it("calls unknown or malformed blocks unknown", () => {
    expect(contentKind({ type: "video", data: "AA==" })).toBe("unknown");
    expect(contentKind({ type: "image" })).toBe("unknown");
    expect(contentKind({ text: "no type" })).toBe("unknown");
    expect(contentKind(null)).toBe("unknown");
  });
});

describe("toolIconSrc", () => {
  it("takes the first data: icon only", () => {
    // Remote icons are URLs the server chose: not fetched by opening a list (as remote Markdown images).
    expect(toolIconSrc({ icons: [{ src: "http://x/a.png" }, { src: "javascript:alert(1)" }, { src: "https://x/b.png" }] })).toBeUndefined();
    expect(toolIconSrc({ icons: [{ src: "https://x/b.png" }, { src: "data:image/svg+xml;base64,AA==" }] })).toBe("data:image/svg+xml;base64,AA==");
    expect(toolIconSrc({ icons: [{ src: "data:image/png;base64,AA==" }] })).toBe("data:image/png;base64,AA==");
    expect(toolIconSrc({ icons: [{ src: "file:///etc/x.png" }] })).toBeUndefined();
    expect(toolIconSrc({})).toBeUndefined();
  });
});
