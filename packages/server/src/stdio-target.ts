import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createLineSplitter, type FrameInput, type JsonRpcMessage } from "@mcp-inspect/core";
import { ErrorCodes } from "./errors";
import { StderrTail } from "./stderr-tail";
import type { Target } from "./target";
import { createStdoutFramer } from "./stdout-framer";

export interface StdioTargetOptions {
  command: string;
  args: string[];
  cwd: string;
  /** The full environment of the child: mcp-inspect's own plus the -e values. */
  env: NodeJS.ProcessEnv;
  /** How long a SIGTERM gets before SIGKILL. @default 2000 */
  killGraceMs?: number;
}

/** A stdio target is a plain `Target`; the name stays for callers that import it. */
export type StdioTarget = Target;

const lenientDecoder = new TextDecoder("utf-8");
const NEWLINE = Buffer.from("\n");

/** Launches a stdio MCP server and turns everything it does into frames. */
export function createStdioTarget(options: StdioTargetOptions, emit: (frame: FrameInput, raw?: Uint8Array) => void): StdioTarget {
  const killGraceMs = options.killGraceMs ?? 2000;
  // An exiting server closes stdout just before its exit event: only a longer silence is a fault.
  const stdoutClosedGraceMs = 500;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const tail = new StderrTail();

  function start() {
    tail.clear();
    const startError = checkBeforeSpawn(options);
    if (startError) {
      emit({ kind: "process", event: "error", ...startError, stderrTail: [] });
      return;
    }
    const proc = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["pipe", "pipe", "pipe"],
      // Own process group: stopping the server also stops whatever it forked.
      detached: true,
      windowsHide: true,
    });
    child = proc;
    let spawnFailed = false;

    const stdout = createStdoutFramer(emit);
    const stderr = createLineSplitter((line) => {
      const text = lenientDecoder.decode(line);
      tail.push(text);
      emit({ kind: "stderr", text });
    });
    proc.stdout!.on("data", (chunk: Buffer) => stdout.push(chunk));
    proc.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk));
    const stdoutEnded = new Promise<void>((resolve) => proc.stdout!.once("close", resolve));
    const stderrEnded = new Promise<void>((resolve) => proc.stderr!.once("close", resolve));
    // A server that closes stdout but keeps running can never answer again, and nothing else would say so.
    void stdoutEnded.then(() => {
      setTimeout(() => {
        if (child !== proc || proc.exitCode !== null || proc.signalCode !== null) return;
        const message = `the server closed its stdout but is still running (pid ${proc.pid}): it can no longer answer; restart it`;
        emit({ kind: "process", event: "error", code: ErrorCodes.STDOUT_CLOSED, message, stderrTail: tail.lines() });
      }, stdoutClosedGraceMs).unref();
    });
    // A server that exits while we write gets EPIPE; the exit frame tells the story, not a crash.
    proc.stdin!.on("error", () => {});

    exited = new Promise<void>((resolve) => {
      proc.once("spawn", () => {
        emit({ kind: "process", event: "spawn", pid: proc.pid!, command: options.command, args: options.args, cwd: options.cwd });
      });
      proc.once("error", (error: NodeJS.ErrnoException) => {
        // "error" without "spawn" means it never started; exit follows only if it did start.
        if (proc.pid !== undefined) return;
        spawnFailed = true;
        emit({ kind: "process", event: "error", ...describeSpawnError(error, options), stderrTail: tail.lines() });
        child = undefined;
        resolve();
      });
      proc.once("exit", (code, signal) => {
        // Let the pipes drain (bounded: a forked grandchild may hold them open) so the last lines
        // the server printed come before its exit frame.
        const drained = Promise.all([stdoutEnded, stderrEnded]);
        const cap = new Promise((r) => setTimeout(r, 250).unref());
        void Promise.race([drained, cap]).then(() => {
          stdout.end();
          stderr.end();
          if (!spawnFailed) emit({ kind: "process", event: "exit", code, signal, stderrTail: tail.lines() });
          if (child === proc) child = undefined;
          resolve();
        });
      });
    });
  }

  function signalGroup(proc: ChildProcess, signal: NodeJS.Signals) {
    try {
      process.kill(-proc.pid!, signal);
    } catch {
      try {
        proc.kill(signal);
      } catch {
        // Already gone.
      }
    }
  }

  return {
    start,
    send(message, text) {
      const stdin = child?.stdin;
      if (!stdin || stdin.destroyed || !stdin.writable) return false;
      if (text === undefined) {
        stdin.write(JSON.stringify(message) + "\n");
      } else if (text.length < 64 * 1024) {
        stdin.write(Buffer.concat([text, NEWLINE])); // one write (one syscall) for the common small message
      } else {
        // A large message is not copied to append its newline: the stream keeps the two writes in order.
        stdin.write(text);
        stdin.write(NEWLINE);
      }
      return true;
    },
    async stop() {
      const proc = child;
      if (!proc || proc.pid === undefined) return exited;
      proc.stdin?.end();
      signalGroup(proc, "SIGTERM");
      const timer = setTimeout(() => signalGroup(proc, "SIGKILL"), killGraceMs);
      await exited;
      clearTimeout(timer);
      // Children that outlived the leader still belong to the group.
      signalGroup(proc, "SIGKILL");
    },
    get running() {
      return child !== undefined;
    },
    stderrTail: () => tail.lines(),
  };
}

type StartError = { code: string; message: string };

function checkBeforeSpawn(options: StdioTargetOptions): StartError | undefined {
  if (!existsSync(options.cwd) || !statSync(options.cwd).isDirectory()) {
    return { code: ErrorCodes.CWD_NOT_FOUND, message: `working directory does not exist: ${options.cwd} (check --cwd)` };
  }
  return undefined;
}

function describeSpawnError(error: NodeJS.ErrnoException, options: StdioTargetOptions): StartError {
  const { command } = options;
  const isPath = command.includes("/") || command.includes("\\");
  switch (error.code) {
    case "ENOENT":
      return {
        code: ErrorCodes.COMMAND_NOT_FOUND,
        message: isPath
          ? `command not found: ${command} does not exist (relative to ${options.cwd}); check the path`
          : `command not found: "${command}" is not on PATH; install it or give its full path`,
      };
    case "EACCES":
      return {
        code: ErrorCodes.NOT_EXECUTABLE,
        message: `not executable: ${command}; run "chmod +x ${command}" or start it through its interpreter (e.g. node ${command})`,
      };
    default:
      return { code: ErrorCodes.SPAWN_FAILED, message: `could not start ${command}: ${error.message}` };
  }
}
