import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import { classifyStdoutLine, createLineSplitter, type FrameInput } from "@mcp-inspect/core";
import { RULES_BY_ID } from "@mcp-inspect/core/checks";
import { createStdoutFramer } from "@mcp-inspect/server";

const CLIENT_NOISE = RULES_BY_ID.get("stdio/client-noise")!;

export interface RelayOptions {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** What the client writes (our stdin). */
  input: NodeJS.ReadableStream;
  /** Where the server's stdout goes (our stdout): its bytes and nothing else. */
  output: NodeJS.WritableStream;
  /** Where the server's stderr goes (our stderr), unchanged. */
  errOutput: NodeJS.WritableStream;
  /** Receives every frame seen on the way through; it never changes what is relayed. */
  emit: (frame: FrameInput) => void;
  /**
   * After the client closes stdin, how long the server gets to exit by itself before SIGTERM, and SIGTERM before
   * SIGKILL: the SDK's StdioClientTransport waits the same 2 s twice. @default 2000
   */
  graceMs?: number;
}

export interface Relay {
  /** Resolves with the exit code to exit with: the server's own, 128 + n for a signal, 1 when it never started. */
  readonly exited: Promise<number>;
  /** Ends the server as a client does (stdin closed, then SIGTERM, then SIGKILL): our own client closed or we were told to stop. */
  stop(): void;
  /** Passes a signal the proxy got (the client stopping it) straight on to the server. */
  signal(name: NodeJS.Signals): void;
}

const lenientDecoder = new TextDecoder("utf-8");

/**
 * Spawns the server and relays both ways byte for byte: every chunk is written on as it arrived, before the copy
 * of it is split into lines for the recording. Framing never holds a byte back, so a partial last line, a 1 MB
 * line or noise reaches the other side exactly as the other end wrote it.
 */
export function startRelay(options: RelayOptions): Relay {
  const graceMs = options.graceMs ?? 2000;
  const { emit } = options;
  let proc: ChildProcess;
  try {
    // Not detached: a client that kills our process group takes the server with it.
    proc = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
  } catch (error) {
    emit({ kind: "process", event: "error", code: "SPAWN_FAILED", message: `could not start ${options.command}: ${(error as Error).message}`, stderrTail: [] });
    return { exited: Promise.resolve(1), stop() {}, signal() {} };
  }
  const tail: string[] = [];
  const stdoutFramer = createStdoutFramer(emit);
  const stderrLines = createLineSplitter((line) => {
    const text = lenientDecoder.decode(line);
    tail.push(text);
    if (tail.length > 20) tail.shift();
    emit({ kind: "stderr", text });
  });
  // The client's side: messages as they were sent. A line that is not one is the client's fault, and recorded as such.
  const clientLines = createLineSplitter((line) => {
    const parsed = classifyStdoutLine(line);
    if (parsed.kind === "message") emit({ kind: "message", dir: "client->server", msg: parsed.msg, bytes: parsed.bytes });
    else if (parsed.kind === "stdout-noise") {
      emit({ kind: "check", rule: CLIENT_NOISE.id, severity: CLIENT_NOISE.severity, message: `the client wrote a line that is not a JSON-RPC message (${parsed.reason.split(":")[0]}): ${parsed.text.slice(0, 200)}`, hint: CLIENT_NOISE.hint });
    }
  });

  const onInput = (chunk: Buffer) => {
    proc.stdin!.write(chunk);
    clientLines.push(chunk);
  };
  const onInputEnd = () => {
    clientLines.end();
    stop();
  };
  options.input.on("data", onInput);
  options.input.once("end", onInputEnd);
  // A server that exits while the client still writes gets EPIPE: its exit frame tells the story.
  proc.stdin!.on("error", () => {});
  proc.stdout!.on("data", (chunk: Buffer) => {
    options.output.write(chunk);
    stdoutFramer.push(chunk);
  });
  proc.stderr!.on("data", (chunk: Buffer) => {
    options.errOutput.write(chunk);
    stderrLines.push(chunk);
  });

  let stopping: NodeJS.Timeout | undefined;
  function stop(): void {
    if (stopping || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.stdin!.end();
    const signal = (name: NodeJS.Signals) => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(name);
    };
    stopping = setTimeout(() => {
      signal("SIGTERM");
      stopping = setTimeout(() => signal("SIGKILL"), graceMs);
      stopping.unref();
    }, graceMs);
    stopping.unref();
  }

  const exited = new Promise<number>((resolve) => {
    proc.once("spawn", () => emit({ kind: "process", event: "spawn", pid: proc.pid!, command: options.command, args: options.args, cwd: options.cwd }));
    proc.once("error", (error: NodeJS.ErrnoException) => {
      // "error" without a pid: it never started, and no exit event follows.
      if (proc.pid !== undefined) return;
      emit({ kind: "process", event: "error", code: error.code ?? "SPAWN_FAILED", message: `could not start ${options.command}: ${error.message}`, stderrTail: [...tail] });
      detach();
      resolve(1);
    });
    // "close": the pipes are drained, so the last bytes are relayed and recorded before the exit frame.
    proc.once("close", (code, signal) => {
      clearTimeout(stopping);
      stdoutFramer.end();
      stderrLines.end();
      emit({ kind: "process", event: "exit", code, signal, stderrTail: [...tail] });
      detach();
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });

  function detach(): void {
    options.input.off("data", onInput);
    options.input.off("end", onInputEnd);
  }

  return {
    exited,
    stop,
    signal(name) {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(name);
    },
  };
}
