// @vitest-environment jsdom
import { ProtocolError, type Tool } from "@modelcontextprotocol/client";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ToolResultView } from "../../ToolResultView";
import { renderResult } from "../../../../test-support/render";
import type { CallState } from "../call-state";

const tool: Tool = { name: "connect_account", inputSchema: { type: "object" } };

describe("a tools/call answered with -32042 (URL elicitation required)", () => {
  afterEach(() => cleanup());

  it("offers the link and a Retry call, not the raw error JSON", () => {
    const error = new ProtocolError(-32042, "This request requires more information.", {
      elicitations: [{ mode: "url", elicitationId: "e1", url: "https://auth.example.com/connect?e=1", message: "Connect your account" }],
    });
    const call: CallState = { status: "rpc-error", callId: 1, args: { account: "me" }, startedAt: 0, durationMs: 12, error };
    const onRetry = vi.fn();
    renderResult(<ToolResultView call={call} tool={tool} onRetry={onRetry} />);
    expect(screen.queryByTestId("rpc-error")).toBeNull();
    expect(screen.getByTestId("url-elicitation-required").textContent).toContain("Connect your account");
    expect(screen.getByTestId("url-elicitation-link").getAttribute("href")).toBe("https://auth.example.com/connect?e=1");
    fireEvent.click(screen.getByRole("button", { name: "Retry call" }));
    expect(onRetry).toHaveBeenCalledWith({ account: "me" });
  });

  it("never links to a URL that is not http(s)", () => {
    const error = new ProtocolError(-32042, "more", { elicitations: [{ mode: "url", elicitationId: "e2", url: "javascript:alert(1)", message: "x" }] });
    renderResult(<ToolResultView call={{ status: "rpc-error", callId: 1, args: {}, startedAt: 0, durationMs: 1, error }} tool={tool} />);
    expect(screen.queryByTestId("url-elicitation-link")).toBeNull();
  });
});
