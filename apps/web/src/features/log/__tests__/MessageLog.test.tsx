// @vitest-environment jsdom
import { RequestPairer, type Frame } from "@mcp-inspect/core";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MessageLog } from "../MessageLog";
import { FindingIndex } from "../../checks";
import { check, message, noise, resetFrames } from "../../../test-support/check-frames";
import { renderWithMantine } from "../../../test-support/render";

function setup(silenced: ReadonlySet<string> = new Set()) {
  const req = message({ id: 1, method: "tools/list" }, "client->server");
  const res = message({ id: 1, result: { tools: [{ name: "bad name" }] } });
  const bad = check("tools/name-invalid", res.seq, "warning", { message: 'tool name "bad name" has a space', path: "/result/tools/0/name" });
  const line = noise("Starting server...");
  const noiseCheck = check("stdio/stdout-noise", line.seq);
  const frames: Frame[] = [req, res, bad, line, noiseCheck];
  const pairer = new RequestPairer();
  frames.forEach((f) => pairer.add(f));
  const index = new FindingIndex();
  index.sync(frames);
  const view = renderWithMantine(<MessageLog frames={frames} pairer={pairer} findings={index} silenced={silenced} />);
  return { frames, pairer, index, view, res, line };
}

const rows = () => screen.getAllByTestId("log-row");
const row = (seq: number) => rows().find((r) => r.getAttribute("data-seq") === String(seq))!;

describe("MessageLog findings", () => {
  beforeEach(() => resetFrames());
  afterEach(() => cleanup());

  it("badges the frames that have findings and hides check frames until the chip asks", () => {
    const { res, line } = setup();
    expect(rows().map((r) => r.getAttribute("data-kind"))).toEqual(["message", "message", "stdout-noise"]);
    expect(within(row(res.seq)).getByTestId("finding-badge").textContent).toBe("1");
    expect(within(row(res.seq)).getByTestId("finding-badge").getAttribute("data-severity")).toBe("warning");
    expect(within(row(line.seq)).getByTestId("finding-badge").getAttribute("data-severity")).toBe("error");
    expect(within(row(1)).queryByTestId("finding-badge")).toBeNull();

    fireEvent.click(screen.getByRole("checkbox", { name: "checks" }));
    expect(rows().filter((r) => r.getAttribute("data-kind") === "check").map((r) => r.textContent)).toEqual([
      expect.stringContaining("check tools/name-invalid"),
      expect.stringContaining("check stdio/stdout-noise"),
    ]);
  });

  it("opens the frame's findings when its badge is clicked (and keeps them open on a second click)", () => {
    const { res } = setup();
    fireEvent.click(within(row(res.seq)).getByTestId("finding-badge"));
    const findings = within(row(res.seq)).getByTestId("frame-findings");
    expect(findings.textContent).toContain('tool name "bad name" has a space');
    expect(findings.textContent).toContain("fix tools/name-invalid");
    expect(findings.textContent).toContain("/result/tools/0/name");
    expect(findings.textContent).toContain("tools/name-invalid");
    fireEvent.click(within(row(res.seq)).getByTestId("finding-badge"));
    expect(within(row(res.seq)).queryByTestId("frame-findings")).not.toBeNull();
  });

  it("drops the badges of silenced rules", () => {
    const { res, line } = setup(new Set(["stdio/stdout-noise"]));
    expect(within(row(line.seq)).queryByTestId("finding-badge")).toBeNull();
    expect(within(row(res.seq)).getByTestId("finding-badge")).toBeTruthy();
  });

  it("names both numbers: the JSON-RPC id and the frame number export --only takes", () => {
    const { res } = setup();
    fireEvent.click(within(row(res.seq)).getAllByRole("button")[0]!);
    const detail = screen.getByTestId("log-detail");
    expect(detail.textContent).toContain(`id 1 · frame #${res.seq}`);
    expect(within(detail).getByTestId("detail-frame").getAttribute("title")).toContain("export --only");
    expect(within(row(res.seq)).getByTitle(`JSON-RPC id 1 · frame #${res.seq} (export --only takes frame numbers)`)).toBeTruthy();
  });

  it("expands and highlights the focused frame", () => {
    const { frames, pairer, index, view, res } = setup();
    act(() => {
      view.rerender(<MessageLog frames={frames} pairer={pairer} findings={index} silenced={new Set()} focus={{ seq: res.seq, nonce: 1 }} />);
    });
    const focused = screen.getAllByTestId("log-row").find((r) => r.getAttribute("data-seq") === String(res.seq))!;
    expect(focused.hasAttribute("data-highlighted")).toBe(true);
    expect(within(focused).getByTestId("frame-findings")).toBeTruthy();
  });
});
