import { describeExit, type Frame } from "@mcp-inspect/core";
import { terminalSafe } from "../common/terminal-text";

const NOISE_LINES_SHOWN = 5;

/**
 * What the terminal says about the server while the UI runs: failures with their cause and the
 * stderr tail, and stdout pollution. Everything goes to stderr: stdout holds only the ready line.
 */
export function createTerminalReporter(print: (line: string) => void, shuttingDown: () => boolean = () => false) {
  // Stderr lines, stdout noise and error messages are the server's words: no escape sequence gets through.
  const write = (line: string) => print(terminalSafe(line));
  let initialized = false;
  let noise = 0;
  let stopping = false;

  const tail = (lines: string[]) => (lines.length ? "\n  stderr (last lines):\n" + lines.map((l) => `    ${l}`).join("\n") : "");

  return {
    stopping() {
      stopping = true;
    },
    onFrame(frame: Frame) {
      if (frame.kind === "message") {
        // The handshake's answer: initialize's (protocolVersion) or server/discover's (supportedVersions, 2026-07-28).
        const result = frame.msg.result as { protocolVersion?: unknown; supportedVersions?: unknown } | undefined;
        if (frame.dir === "server->client" && (typeof result?.protocolVersion === "string" || Array.isArray(result?.supportedVersions))) initialized = true;
        return;
      }
      if (frame.kind === "stdout-noise") {
        noise++;
        if (noise <= NOISE_LINES_SHOWN) write(`! server printed non-JSON on stdout: ${truncate(frame.text)}\n  ${frame.reason}`);
        if (noise === NOISE_LINES_SHOWN + 1) write("! more non-JSON stdout lines follow; see the log in the UI");
        return;
      }
      if (frame.kind !== "process") return;
      switch (frame.event) {
        case "spawn":
          initialized = false;
          // pid 0: a remote target (--url) "starts" by connecting.
          write(frame.pid === 0 ? `- connected to ${frame.command}` : `- started ${[frame.command, ...frame.args].join(" ")} (pid ${frame.pid})`);
          break;
        case "error":
          write(`✖ ${frame.message}${tail(frame.stderrTail)}`);
          break;
        case "init-timeout":
          write(`✖ the server has not answered ${frame.method ?? "initialize"} after ${frame.timeoutMs / 1000} s: is it reading JSON-RPC on stdin?${tail(frame.stderrTail)}`);
          break;
        case "exit":
          if (!stopping && !shuttingDown()) write(`✖ ${describeExit(frame.code, frame.signal, initialized)}${tail(frame.stderrTail)}`);
          break;
        case "restart":
          write("- restarting the server");
          break;
      }
    },
  };
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
}
