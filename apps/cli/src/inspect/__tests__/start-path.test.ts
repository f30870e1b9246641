// The built CLI's start path, as a user starts it: which code Node loads before the ready line. The backend, the
// protocol checker and the target come first; the remote target (the MCP SDK and zod), watch (chokidar), `open` and the
// other commands load after the line or never. A static import of any of them on the start path makes this fail (the
// bundle's metafile says which source files each loaded output file holds).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../../../dist/", import.meta.url));
const CLI = join(DIST, "cli.js");

/** Loaded after the ready line, or only by other commands. */
const NOT_BEFORE_READY: [string, RegExp][] = [
  ["the MCP SDK (remote target, OAuth)", /node_modules\/@modelcontextprotocol\//],
  ["zod", /node_modules\/zod\//],
  ["chokidar (--watch)", /node_modules\/chokidar\//],
  ["open (the browser)", /node_modules\/open\//],
  // (their argv parsers, *-options.ts, are main.ts's and load with it)
  ["other commands", /(^|\/)src\/(doctor|conformance|call|replay|proxy|export|mock|diff)\/(?!.*-options\.ts$)/],
];

// Preloaded into the CLI: logs every module Node resolves, and a READY mark when the ready line is written, to one
// file in order (both append synchronously, so what was requested before the line is above the mark).
const PRELOAD = (log: string) => `
import { register } from "node:module";
import { appendFileSync } from "node:fs";
register("data:text/javascript," + encodeURIComponent(${JSON.stringify(`
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + "\\n");
  return result;
}`)}));
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).includes("mcp-inspect ready")) appendFileSync(${JSON.stringify(log)}, "READY\\n");
  return write(chunk, ...rest);
};`;

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** Source files (metafile inputs) in the output files the log lists before the READY mark, and after it. */
function loadedSources(log: string): { before: Set<string>; after: Set<string> } {
  const meta = JSON.parse(readFileSync(join(DIST, "metafile.json"), "utf8")) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const inputsOf = (file: string) => Object.keys(meta.outputs[`dist/${file}`]?.inputs ?? {});
  const lines = readFileSync(log, "utf8").split("\n");
  const mark = lines.indexOf("READY");
  const sources = (part: string[]) => new Set(part.filter((url) => url.startsWith("file:") && url.includes("/dist/")).flatMap((url) => inputsOf(basename(fileURLToPath(url)))));
  return { before: sources(lines.slice(0, mark)), after: sources(lines.slice(mark + 1)) };
}

describe("the start path (built CLI)", () => {
  it("prints the ready line before loading the SDK, zod, chokidar, open or other commands; --watch loads chokidar after it", async () => {
    expect(existsSync(join(DIST, "metafile.json")), "build the CLI first (npm run build)").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "mcpi-start-path-"));
    const log = join(dir, "loaded.log");
    const child = spawn(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(PRELOAD(log))}`, CLI, "--no-open", "--port", "0", "--record", join(dir, "s.jsonl"), "--watch", dir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let stderr = "";
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    let stdout = "";
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    // --watch is set up after the line: once it says so, chokidar is loaded.
    await expect.poll(() => stderr, { timeout: 60_000 }).toContain("for changes");
    expect(stdout).toMatch(/mcp-inspect ready: http:\/\/127\.0\.0\.1:\d+\/#token=/);

    const { before, after } = loadedSources(log);
    expect(before.size).toBeGreaterThan(0);
    for (const [what, pattern] of NOT_BEFORE_READY) {
      expect([...before].filter((source) => pattern.test(source)), `${what} loaded before the ready line`).toEqual([]);
    }
    // Not vacuous: the backend and the checker came before the line, chokidar after it.
    expect([...before].some((source) => source.includes("node_modules/fastify/"))).toBe(true);
    expect([...before].some((source) => source.includes("packages/core/schemas/"))).toBe(true);
    expect([...after].some((source) => source.includes("node_modules/chokidar/"))).toBe(true);
  }, 90_000);
});
