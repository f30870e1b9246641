// @vitest-environment jsdom
import { ProtocolError, SdkError, SdkErrorCode, type CallToolResult, type Tool } from "@modelcontextprotocol/client";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CallState } from "../calls/call-state";
import { ToolResultView } from "../ToolResultView";
import { renderResult } from "../../../test-support/render";

afterEach(cleanup);

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const tool: Tool = { name: "t", inputSchema: { type: "object" } };
const withSchema: Tool = { ...tool, outputSchema: { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] } };
const base = { callId: 1, args: {}, startedAt: 0, durationMs: 12 };
const ok = (result: CallToolResult): CallState => ({ ...base, status: result.isError ? "tool-error" : "ok", result });
const show = (call: CallState, t: Tool = tool, client?: unknown) => renderResult(<ToolResultView call={call} tool={t} />, client);

describe("ToolResultView content", () => {
  it("pretty-prints JSON text", () => {
    show(ok({ content: [{ type: "text", text: '{"a":1}' }] }));
    expect(screen.getByTestId("content-text").textContent).toBe('{\n  "a": 1\n}');
    expect(screen.getByText("text (JSON)")).toBeTruthy();
  });

  it("renders Markdown, with a switch to the raw text", async () => {
    show(ok({ content: [{ type: "text", text: "# Report\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- x\n- y" }] }));
    // The Markdown renderer is loaded on demand.
    const md = await screen.findByTestId("content-markdown");
    expect(within(md).getByRole("heading", { name: "Report" })).toBeTruthy();
    expect(within(md).getByRole("table")).toBeTruthy();
    await userEvent.click(screen.getByText("Raw"));
    expect(screen.getByTestId("content-text").textContent).toContain("# Report");
    expect(screen.queryByTestId("content-markdown")).toBeNull();
  });

  it("shows plain text as it is", () => {
    show(ok({ content: [{ type: "text", text: "just words" }] }));
    expect(screen.getByTestId("content-text").textContent).toBe("just words");
  });

  it("shows an image with its mime type and size, and audio as a player", () => {
    show(ok({ content: [{ type: "image", data: PNG, mimeType: "image/png" }, { type: "audio", data: "UklGRg==", mimeType: "audio/wav" }] }));
    const img = screen.getByRole("img") as HTMLImageElement;
    expect(img.src).toBe(`data:image/png;base64,${PNG}`);
    expect(screen.getByText(/image image\/png · \d+ B/)).toBeTruthy();
    const audio = screen.getByTestId("content-audio") as HTMLAudioElement;
    expect(audio.controls).toBe(true);
    expect(audio.src).toContain("data:audio/wav;base64,");
  });

  it("reads a resource link on click and shows its contents", async () => {
    const readResource = vi.fn().mockResolvedValue({ contents: [{ uri: "demo://readme", mimeType: "text/plain", text: "hello from the resource" }] });
    show(ok({ content: [{ type: "resource_link", uri: "demo://readme", name: "readme", title: "README" }] }), tool, { readResource });
    await userEvent.click(screen.getByRole("button", { name: "README" }));
    await waitFor(() => expect(screen.getByTestId("resource-result").textContent).toContain("hello from the resource"));
    expect(readResource).toHaveBeenCalledWith({ uri: "demo://readme" }, expect.anything());
  });

  it("shows embedded resources, text and blob", () => {
    show(ok({ content: [
      { type: "resource", resource: { uri: "demo://a", mimeType: "text/plain", text: "embedded text" } },
      { type: "resource", resource: { uri: "demo://b", mimeType: "application/octet-stream", blob: "AAAA" } },
    ] }));
    expect(screen.getAllByText("embedded resource")).toHaveLength(2);
    expect(screen.getByText("embedded text")).toBeTruthy();
    expect(screen.getByText("binary, 3 B")).toBeTruthy();
  });

  it("labels unknown types and shows them as raw JSON", () => {
    show(ok({ content: [{ type: "video", url: "x" } as never] }));
    expect(screen.getByText('unknown content type "video"')).toBeTruthy();
    expect(screen.getByText(/"url": "x"/)).toBeTruthy();
  });

  it("shows annotations and a collapsible _meta", async () => {
    show(ok({ content: [{ type: "text", text: "hi", annotations: { audience: ["user"], priority: 0.5 }, _meta: { trace: "abc" } }] }));
    expect(screen.getByText("for user")).toBeTruthy();
    expect(screen.getByText("priority 0.5")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "_meta" }));
    expect(screen.getByText(/"trace": "abc"/)).toBeTruthy();
  });
});

describe("ToolResultView outcomes", () => {
  it("flags structuredContent that breaks the outputSchema, with the path", () => {
    show(ok({ content: [], structuredContent: { sum: "nope" } }), withSchema);
    const alert = screen.getByTestId("output-schema-mismatch");
    expect(alert.textContent).toContain("/sum");
    expect(alert.textContent).toContain("must be number");
  });

  it("does not flag matching output, or a tool error; flags missing structuredContent", () => {
    show(ok({ content: [], structuredContent: { sum: 1 } }), withSchema);
    expect(screen.queryByTestId("output-schema-mismatch")).toBeNull();
    cleanup();
    show(ok({ content: [{ type: "text", text: "bad" }], isError: true, structuredContent: { sum: "x" } }), withSchema);
    expect(screen.queryByTestId("output-schema-mismatch")).toBeNull();
    expect(screen.getByTestId("tool-result").dataset["status"]).toBe("tool-error");
    cleanup();
    show(ok({ content: [] }), withSchema);
    expect(screen.getByTestId("output-schema-mismatch").dataset["kind"]).toBe("missing");
  });

  it("shows a JSON-RPC error's code, a timeout, a cancellation, and progress", () => {
    show({ ...base, status: "rpc-error", error: new ProtocolError(-32000, "Deliberate", { hint: "h" }) });
    expect(screen.getByTestId("rpc-error").textContent).toContain("JSON-RPC error -32000: Deliberate");
    cleanup();
    show({ ...base, status: "timed-out", error: new SdkError(SdkErrorCode.RequestTimeout, "Request timed out", { timeout: 2000 }), limitMs: 2000 });
    expect(screen.getByTestId("tool-result").dataset["status"]).toBe("timed-out");
    expect(screen.getByText("Timed out after 2 s")).toBeTruthy();
    cleanup();
    show({ ...base, status: "cancelled" });
    expect(screen.getByTestId("tool-result").dataset["status"]).toBe("cancelled");
    expect(screen.getByText("Cancelled")).toBeTruthy();
    cleanup();
    show({ callId: 1, args: {}, startedAt: performance.now(), status: "progress", progress: { progress: 2, total: 5, message: "Step 2 of 5" } });
    const bar = screen.getByTestId("call-progress");
    expect(bar.dataset["percent"]).toBe("40");
    expect(bar.textContent).toContain("2/5 · Step 2 of 5");
  });
});
