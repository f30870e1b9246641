import { describe, expect, it } from "vitest";
import { baseMime, contentsViewKind, downloadName } from "../contents-view-kind";

describe("contentsViewKind", () => {
  it("renders text/markdown as Markdown, even with parameters", () => {
    expect(contentsViewKind({ mimeType: "text/markdown", text: "# Hi" })).toBe("markdown");
    expect(contentsViewKind({ mimeType: "Text/Markdown; charset=utf-8", text: "plain words" })).toBe("markdown");
  });

  it("pretty-prints JSON, declared or detected", () => {
    expect(contentsViewKind({ mimeType: "application/json", text: '{"a":1}' })).toBe("json");
    expect(contentsViewKind({ mimeType: "application/ld+json", text: "42" })).toBe("json");
    expect(contentsViewKind({ mimeType: "text/plain", text: "[1,2]" })).toBe("json");
    // Declared JSON that does not parse is shown as the text it is.
    expect(contentsViewKind({ mimeType: "application/json", text: "{broken" })).toBe("text");
  });

  it("shows other text as text (HTML too: never rendered as a page)", () => {
    expect(contentsViewKind({ mimeType: "text/plain", text: "hello" })).toBe("text");
    expect(contentsViewKind({ mimeType: "text/html", text: "<h1>x</h1>" })).toBe("text");
    expect(contentsViewKind({ text: "no mime" })).toBe("text");
  });

  it("plays images, audio and video blobs; other blobs are downloads", () => {
    expect(contentsViewKind({ mimeType: "image/png", blob: "AA==" })).toBe("image");
    expect(contentsViewKind({ mimeType: "audio/wav", blob: "AA==" })).toBe("audio");
    expect(contentsViewKind({ mimeType: "video/mp4", blob: "AA==" })).toBe("video");
    expect(contentsViewKind({ mimeType: "application/octet-stream", blob: "AA==" })).toBe("binary");
    expect(contentsViewKind({ blob: "AA==" })).toBe("binary");
  });

  it("is empty when an entry has neither text nor blob", () => {
    expect(contentsViewKind({ mimeType: "text/plain" })).toBe("empty");
  });
});

describe("baseMime and downloadName", () => {
  it("strips parameters and case", () => {
    expect(baseMime(" Image/PNG ;q=1")).toBe("image/png");
    expect(baseMime(undefined)).toBe("");
  });

  it("names a download after the URI's last segment", () => {
    expect(downloadName("demo://binary/bytes.bin")).toBe("bytes.bin");
    expect(downloadName("file:///tmp/my%20file.tar.gz?x=1")).toBe("my file.tar.gz");
    expect(downloadName("demo://")).toBe("resource");
  });
});
