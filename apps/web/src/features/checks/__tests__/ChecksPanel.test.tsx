// @vitest-environment jsdom
import type { Rule } from "@mcp-inspect/core/checks";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ChecksPanel } from "../ChecksPanel";
import { check, resetFrames } from "../../../test-support/check-frames";
import { renderWithMantine } from "../../../test-support/render";

const rules = new Map<string, Rule>([
  ["stdio/stdout-noise", { id: "stdio/stdout-noise", severity: "error", title: "Non-JSON-RPC line on stdout", hint: "Write logs to stderr.", source: "spec: stdio" }],
]);

function setup(silenced: ReadonlySet<string> = new Set()) {
  const findings = [
    check("stdio/stdout-noise", 3, "error", { message: "line 1 is not JSON" }),
    check("tools/name-invalid", 7, "warning", { path: "/result/tools/0/name" }),
    check("stdio/stdout-noise", 9, "error", { message: "line 2 is not JSON" }),
    check("tools/missing-description", 7, "info"),
  ];
  const onSilence = vi.fn();
  const onShowFrame = vi.fn();
  renderWithMantine(<ChecksPanel findings={findings} silenced={silenced} onSilence={onSilence} onShowFrame={onShowFrame} rules={rules} />);
  return { onSilence, onShowFrame };
}

const groups = () => screen.getAllByTestId("check-group");

describe("ChecksPanel", () => {
  beforeEach(() => resetFrames());
  afterEach(() => cleanup());

  it("groups findings by rule with the rule's title, hint, source and count", () => {
    setup();
    expect(groups().map((g) => g.getAttribute("data-rule"))).toEqual(["stdio/stdout-noise", "tools/name-invalid", "tools/missing-description"]);
    const noise = within(groups()[0]!);
    expect(noise.getByText("Non-JSON-RPC line on stdout")).toBeTruthy();
    expect(noise.getByTestId("check-group-hint").textContent).toBe("Write logs to stderr.");
    expect(noise.getByText("Source: spec: stdio")).toBeTruthy();
    expect(noise.getByTestId("check-group-count").textContent).toBe("2");
    expect(noise.getAllByTestId("check-finding").map((f) => f.textContent)).toEqual([
      expect.stringContaining("line 1 is not JSON"),
      expect.stringContaining("line 2 is not JSON"),
    ]);
    // Unknown to the table: the rule id and the finding's own hint stand in.
    expect(within(groups()[1]!).getByTestId("check-group-hint").textContent).toBe("fix tools/name-invalid");
    expect(within(groups()[1]!).getByText("/result/tools/0/name")).toBeTruthy();
  });

  it("asks to show the frame a finding is about", () => {
    const { onShowFrame } = setup();
    fireEvent.click(within(groups()[0]!).getAllByTestId("show-frame")[1]!);
    expect(onShowFrame).toHaveBeenCalledWith(9);
  });

  it("silences a rule, and lists silenced rules apart where they can be unsilenced", () => {
    const { onSilence } = setup(new Set(["stdio/stdout-noise"]));
    fireEvent.click(within(groups()[0]!).getByTestId("silence-rule"));
    expect(onSilence).toHaveBeenCalledWith("tools/name-invalid", true);

    expect(groups().map((g) => g.getAttribute("data-rule"))).not.toContain("stdio/stdout-noise");
    const silenced = screen.getByTestId("silenced-rules");
    expect(silenced.textContent).toContain("Silenced rules (1)");
    fireEvent.click(within(silenced).getByText("Silenced rules (1)"));
    fireEvent.click(within(silenced).getByTestId("unsilence-rule"));
    expect(onSilence).toHaveBeenCalledWith("stdio/stdout-noise", false);
  });

  it("filters by severity", () => {
    setup();
    fireEvent.click(screen.getByRole("checkbox", { name: "error" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "warning" }));
    expect(groups().map((g) => g.getAttribute("data-rule"))).toEqual(["tools/missing-description"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "info" }));
    expect(screen.getByTestId("checks-empty").textContent).toContain("No finding matches");
  });

  it("says so when there is nothing", () => {
    renderWithMantine(<ChecksPanel findings={[]} silenced={new Set()} onSilence={() => {}} onShowFrame={() => {}} />);
    expect(screen.getByTestId("checks-empty").textContent).toContain("No findings");
  });
});
