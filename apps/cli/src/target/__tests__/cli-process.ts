// The built CLI and demo servers as a user runs them: real processes, loopback only. Build first
// (`npx turbo run build` at the repo root); a missing build fails the test rather than skipping it.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const repo = (path: string) => fileURLToPath(new URL(`../../../../../${path}`, import.meta.url));
export const CLI = repo("apps/cli/dist/cli.js");
/** The dual-era demo server (v2 SDK): 2026-07-28 through server/discover, 2025 through initialize. */
export const DUAL_ERA_SERVER = repo("packages/demo-server/dist/server-v2.js");
/** The legacy-only demo server (1.x SDK): 2025-11-25 at most. */
export const LEGACY_DEMO_SERVER = repo("packages/demo-server/dist/server.js");
/** The guides' kind of server: hand-written, 2024-11-05 whatever the client offers. */
export const GUIDE_SERVER_2024 = repo("e2e/fixtures/legacy-2024-11-05-server.mjs");

/** Per test: each run starts node twice or three times, on a machine that may be busy. */
export const RUN_TIMEOUT_MS = 60_000;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function requireBuild(): void {
  for (const path of [CLI, DUAL_ERA_SERVER, LEGACY_DEMO_SERVER]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx turbo run build\` at the repo root first`);
  }
}

/** `mcp-inspect <args>`, to its end. */
export function mcpInspect(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: RUN_TIMEOUT_MS }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The dual-era demo server over Streamable HTTP (`--http 0`): its URL, read from the line it prints on stderr. */
export async function startDualEraHttp(): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [DUAL_ERA_SERVER, "--http", "0"], { stdio: ["ignore", "ignore", "pipe"] });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the HTTP demo server exited (${code}) before it listened: ${seen}`)));
  });
  return { url, stop: () => void child.kill() };
}
