// @vitest-environment jsdom
import type { Frame } from "@mcp-inspect/core";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FindingIndex } from "../../checks";
import { MessageLog } from "../MessageLog";
import { renderWithMantine } from "../../../test-support/render";
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

describe("a planned restart", () => {
  afterEach(() => cleanup());

  it("shows the old process's exit as a neutral 'restarted (change in X)' row, not a red kill", () => {
    const b = builder();
    const spawn = (pid: number): Frame => ({ seq: b.frames.length + 1, t: b.frames.length * 10, kind: "process", event: "spawn", pid, command: "node", args: [], cwd: "/" });
    b.frames.push(spawn(1));
    b.frames.push({ seq: 2, t: 20, kind: "process", event: "restart", reason: "change in src/tools.ts" });
    b.frames.push({ seq: 3, t: 30, kind: "process", event: "exit", code: null, signal: "SIGTERM", stderrTail: [] });
    b.frames.push(spawn(2));
    b.frames.push({ seq: 5, t: 50, kind: "process", event: "exit", code: null, signal: "SIGTERM", stderrTail: [] }); // killed, unplanned
    const findings = new FindingIndex();
    findings.sync(b.frames);
    renderWithMantine(<MessageLog frames={b.frames} findings={findings} silenced={new Set()} />);
    const row = (seq: number) => screen.getAllByTestId("log-row").find((r) => r.dataset.seq === String(seq))!;
    expect(row(3).dataset.tone).toBe("process");
    expect(row(3).textContent).toContain("restarted (change in src/tools.ts)");
    expect(row(3).textContent).not.toContain("killed");
    expect(row(5).dataset.tone).toBe("process-bad");
    expect(row(5).textContent).toContain("killed by SIGTERM");
  });
});
