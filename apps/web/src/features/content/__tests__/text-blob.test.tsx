// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ResourceContentsView } from "../ResourceContentsView";
import { renderResult } from "../../../test-support/render";
import { decodeTextBlob } from "../contents-view-kind";

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

describe("a blob resource whose MIME type is text", () => {
  afterEach(() => cleanup());

  it("is decoded and shown as text, with a download too", () => {
    renderResult(<ResourceContentsView contents={{ uri: "file:///notes.txt", mimeType: "text/plain; charset=utf-8", blob: base64("héllo\nwörld") }} />);
    expect(screen.getByTestId("resource-contents").dataset.view).toBe("text");
    expect(screen.getByTestId("resource-text").textContent).toContain("héllo\nwörld");
    expect(screen.getByTestId("resource-download").textContent).toContain("Download notes.txt");
  });

  it("is pretty JSON when it is application/json", () => {
    renderResult(<ResourceContentsView contents={{ uri: "mem://config.json", mimeType: "application/json", blob: base64('{"a":1}') }} />);
    expect(screen.getByTestId("resource-contents").dataset.view).toBe("json");
    expect(screen.getByTestId("resource-text").textContent).toContain('"a": 1');
    expect(screen.getByTestId("resource-download")).toBeTruthy();
  });

  it("stays a download when it is binary, or not valid UTF-8", () => {
    expect(decodeTextBlob({ mimeType: "application/octet-stream", blob: base64("abc") })).toBeUndefined();
    expect(decodeTextBlob({ mimeType: "text/plain", blob: btoa("\xff\xfe\xfd") })).toBeUndefined();
    renderResult(<ResourceContentsView contents={{ uri: "mem://bytes", mimeType: "application/octet-stream", blob: base64("abc") }} />);
    expect(screen.getByTestId("resource-contents").dataset.view).toBe("binary");
    expect(screen.queryByTestId("resource-text")).toBeNull();
  });
});
