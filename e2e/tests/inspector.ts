import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The built CLI; MCP_INSPECT_CLI points at another build (e.g. a private copy while others rebuild). */
export const cliPath = process.env.MCP_INSPECT_CLI ?? join(repoRoot, "apps/cli/dist/cli.js");
export const demoServerPath = join(repoRoot, "packages/demo-server/dist/server.js");
export const dualEraServerPath = join(repoRoot, "packages/demo-server/dist/server-v2.js");
export const everythingServerPath = join(repoRoot, "node_modules/@modelcontextprotocol/server-everything/dist/index.js");
export const memoryServerPath = join(repoRoot, "node_modules/@modelcontextprotocol/server-memory/dist/index.js");
/** MCP App servers (the io.modelcontextprotocol/ui extension), started with --stdio. */
export const basicReactAppServerPath = join(repoRoot, "node_modules/@modelcontextprotocol/server-basic-react/dist/index.js");
export const pdfAppServerPath = join(repoRoot, "node_modules/@modelcontextprotocol/server-pdf/dist/index.js");

export interface RunningInspector {
  url: string;
  port: number;
  token: string;
  recordPath: string;
  process: ChildProcess;
  /** Everything the CLI wrote to stderr so far. */
  stderr(): string;
  /** Ctrl-C, as a terminal sends it (to the whole process group); resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "mcp-inspect-e2e-"));
}

/**
 * Starts mcp-inspect the way a user does (`node cli.js [flags] [--] command...`) and resolves once
 * it printed its ready line on stdout.
 */
export function startInspector(
  target: string[],
  options: { flags?: string[]; command?: string[]; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<RunningInspector> {
  const recordPath = join(tempDir(), "session.jsonl");
  const command = options.command ?? [process.execPath, cliPath];
  const args = [...command.slice(1), "--no-open", "--port", "0", "--record", recordPath, ...(options.flags ?? []), ...target];
  // A runtime folder of its own: no proxy of another test publishes to it by chance.
  const env = { ...process.env, MCP_INSPECT_RUNTIME_DIR: join(tempDir(), "runtime"), ...options.env };
  const child = spawn(command[0]!, args, { env, cwd: options.cwd ?? repoRoot, stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stop() can send SIGINT to the group the way a terminal's Ctrl-C does.
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`mcp-inspect printed no ready line within 30 s.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 30_000);
    void exited.then((code) => reject(new Error(`mcp-inspect exited (${code}) before it was ready.\nstderr: ${stderr}`)));
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      const match = /(http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+))/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        port: Number(match[2]),
        token: match[3]!,
        recordPath,
        process: child,
        stderr: () => stderr,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGINT");
          return exited;
        },
      });
    });
  });
}

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

/** `mcp-inspect watch` as a person starts it, with its own runtime folder; resolves with its URL once ready. */
export async function startWatch(runtimeDir: string): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [cliPath, "watch", "--no-open", "--port", "0"], { env: { ...process.env, MCP_INSPECT_RUNTIME_DIR: runtimeDir }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`watch printed no ready line: ${stderr}`)), 30_000);
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    });
  });
  return {
    url,
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
