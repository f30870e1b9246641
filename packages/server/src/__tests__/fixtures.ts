import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SESSION_FORMAT, type Frame, type FrameInput, type SessionHeader } from "@mcp-inspect/core";
import { InspectSession, type InspectSessionOptions } from "../session";
import { createStdioTarget } from "../stdio-target";
import { createSessionRecorder } from "../recorder";

/**
 * A tiny stdio "server" for relay tests: it prints a log line on stdout and one on stderr at start,
 * then answers every request with its method name. Small enough to read, real enough to spawn.
 */
export const ECHO_SERVER = `
process.stdout.write("Starting echo server...\\n");
process.stderr.write("echo server: ready\\n");
let buf = "";
process.stdin.on("data", (chunk) => {
  buf += chunk;
  let nl;
  while ((nl = buf.indexOf("\\n")) !== -1) {
    const line = buf.slice(0, nl); buf = buf.slice(nl + 1);
    const msg = JSON.parse(line);
    if (msg.id !== undefined) process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: msg.id, result: { echo: msg.method } }) + "\\n");
  }
});
process.stdin.on("end", () => process.exit(0));
`;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "mcp-inspect-test-"));
}

export function testHeader(args: string[] = []): SessionHeader {
  return {
    format: SESSION_FORMAT,
    version: 1,
    id: "test-session",
    target: { type: "stdio", command: process.execPath, args, cwd: process.cwd(), envKeys: [] },
    inspector: { name: "mcp-inspect", version: "test" },
    startedAt: new Date().toISOString(),
  };
}

/** A session around `node -e <script>`, recorded into a temp folder. */
export function nodeScriptSession(script: string, options: Partial<InspectSessionOptions> = {}) {
  const args = ["-e", script];
  const header = testHeader(args);
  const file = join(tempDir(), "session.jsonl");
  const session = new InspectSession({ header, recorder: createSessionRecorder(file, header), ...options });
  session.attach((emit) => createStdioTarget({ command: process.execPath, args, cwd: process.cwd(), env: process.env, killGraceMs: 500 }, emit));
  return { session, file };
}

/** Resolves with the first frame (already seen or future) that matches. */
export function waitForFrame(session: InspectSession, match: (frame: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
  const seen = session.history().find(match);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no matching frame within ${timeoutMs} ms; frames: ${JSON.stringify(session.history()).slice(0, 2000)}`));
    }, timeoutMs);
    const unsubscribe = session.subscribe((frame) => {
      if (!match(frame)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(frame);
    });
  });
}

/** Runs a target outside a session and collects what it emits. */
export function collectTarget(command: string, args: string[], cwd = process.cwd()) {
  const frames: FrameInput[] = [];
  let onChange = () => {};
  const target = createStdioTarget({ command, args, cwd, env: process.env, killGraceMs: 300 }, (frame) => {
    frames.push(frame);
    onChange();
  });
  const until = (match: (frame: FrameInput) => boolean, timeoutMs = 5000) =>
    new Promise<FrameInput>((resolve, reject) => {
      const check = () => {
        const found = frames.find(match);
        if (found) resolve(found);
        return found;
      };
      if (check()) return;
      const timer = setTimeout(() => reject(new Error(`timeout; frames: ${JSON.stringify(frames).slice(0, 2000)}`)), timeoutMs);
      onChange = () => {
        if (check()) clearTimeout(timer);
      };
    });
  return { target, frames, until };
}

/** Whether a process still runs. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A killed process whose parent is gone may linger as a zombie until init reaps it: that is dead.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}
