// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FindingIndex } from "../../checks/finding-index";
import { MessageLog } from "../../components/MessageLog";
import { renderWithMantine } from "../../test-support/render";
import { ExchangeIndex } from "../exchange-index";
import { StatsView } from "../StatsView";
import { builder } from "./frames";

/** Three calls of `fetch`: one ok, one answered `isError: true`, one JSON-RPC error; and one ok `ping`. */
function session() {
  const b = builder();
  const ok = b.req(1, "tools/call", { name: "fetch", arguments: {} }, 0);
  b.res(1, { content: [{ type: "text", text: "page" }] }, 10);
  const toolError = b.req(2, "tools/call", { name: "fetch", arguments: {} }, 20);
  const toolErrorResult = b.res(2, { content: [{ type: "text", text: "404 not found" }], isError: true }, 30);
  b.req(3, "tools/call", { name: "fetch", arguments: {} }, 40);
  b.err(3, "boom", 50);
  b.req(4, "ping", {}, 60);
  b.res(4, {}, 70);
  return { frames: b.frames, ok, toolError, toolErrorResult };
}

const tone = (seq: number) => screen.getAllByTestId("log-row").find((r) => r.dataset.seq === String(seq))!.dataset.tone;

describe("a tool result with isError: true", () => {
  afterEach(() => cleanup());

  it("is an error row in the log, its request too, with the tool's reason", () => {
    const { frames, ok, toolError, toolErrorResult } = session();
    const findings = new FindingIndex();
    findings.sync(frames);
    renderWithMantine(<MessageLog frames={frames} findings={findings} silenced={new Set()} />);
    expect(tone(ok.seq)).toBe("request");
    expect(tone(toolError.seq)).toBe("error");
    expect(tone(toolErrorResult.seq)).toBe("error");
    const row = screen.getAllByTestId("log-row").find((r) => r.dataset.seq === String(toolErrorResult.seq))!;
    expect(row.textContent).toContain("isError: 404 not found");
  });

  it("counts as an error in Stats, per method and per tool, with its rate", () => {
    const { frames } = session();
    const index = new ExchangeIndex();
    index.sync(frames);
    renderWithMantine(<StatsView exchanges={index} active />);
    const errors = Object.fromEntries(screen.getAllByTestId("latency-row").map((r) => [r.dataset.key, r.querySelector("[data-testid=latency-errors]")!.textContent]));
    expect(errors).toEqual({ ping: "0", "tools/call": "2 (67%)", "tools/call fetch": "2 (67%)" });
  });
});
