import { describe, expect, it } from "vitest";
import type { Frame } from "@mcp-inspect/core";
import { createTerminalReporter } from "../terminal-reporter";

let seq = 0;
const frame = (f: Record<string, unknown>) => ({ seq: ++seq, t: 0, ...f }) as Frame;

describe("terminal reporter", () => {
  it("explains an exit before initialize with the stderr tail", () => {
    const lines: string[] = [];
    const reporter = createTerminalReporter((l) => lines.push(l));
    reporter.onFrame(frame({ kind: "process", event: "spawn", pid: 1, command: "node", args: ["s.js"], cwd: "/" }));
    reporter.onFrame(frame({ kind: "process", event: "exit", code: 1, signal: null, stderrTail: ["TypeError: x is undefined"] }));
    expect(lines).toEqual([
      "- started node s.js (pid 1)",
      "✖ server exited with code 1 before it finished initializing\n  stderr (last lines):\n    TypeError: x is undefined",
    ]);
  });

  it("names stdout pollution, then stops repeating itself", () => {
    const lines: string[] = [];
    const reporter = createTerminalReporter((l) => lines.push(l));
    for (let i = 0; i < 20; i++) reporter.onFrame(frame({ kind: "stdout-noise", text: `log ${i}`, reason: "not JSON: write logs to stderr" }));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe("! server printed non-JSON on stdout: log 0\n  not JSON: write logs to stderr");
    expect(lines[5]).toContain("more non-JSON stdout lines follow");
  });

  it("stays quiet about the exit it caused itself", () => {
    const lines: string[] = [];
    const reporter = createTerminalReporter((l) => lines.push(l));
    reporter.stopping();
    reporter.onFrame(frame({ kind: "process", event: "exit", code: null, signal: "SIGTERM", stderrTail: [] }));
    expect(lines).toEqual([]);
  });
});

describe("terminal reporter and escape sequences (issue 18)", () => {
  const PAYLOAD = "before\u001b[2J\u001b[H\u001b]8;;https://evil.example/\u0007click me\u001b]8;;\u0007\u0007\u001b]0;pwned title\u001b\\\r\u001b[31mred\u001b[0m\u009b2J\u0000after";
  it("prints a server's error and stderr tail without its escape sequences", () => {
    const lines: string[] = [];
    const reporter = createTerminalReporter((l) => lines.push(l));
    reporter.onFrame({ seq: 1, t: 0, kind: "process", event: "error", code: "MCPI_HTTP_ERROR", message: `http://x answered HTTP 500: ${PAYLOAD}`, stderrTail: [PAYLOAD] } as Frame);
    expect(lines).toEqual(["✖ http://x answered HTTP 500: beforeclick meredafter\n  stderr (last lines):\n    beforeclick meredafter"]);
  });
});
