// Tools that misbehave at the process level: stderr output, stdout pollution, and a hard exit.
import * as z from "zod";
import type { DemoContext } from "./context.js";
import { defineTool, text, type DemoTool } from "./tool-kit.js";

export const STDOUT_NOISE = "DEBUG: this log line went to stdout by mistake";

export function processTools(ctx: DemoContext): DemoTool[] {
  const { stdout, stderr, exit } = ctx.options;
  return [
    defineTool(
      {
        name: "write_stderr",
        title: "Write to stderr",
        description: "Writes a line to the server's stderr (where logs belong on stdio) and returns ok.",
        input: z.object({ line: z.string().default("hello from the demo server's stderr").describe("Line to write") }),
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: false },
      },
      ({ line }) => {
        stderr.write(`${line}\n`);
        return { content: [text("ok")] };
      },
    ),
    defineTool(
      {
        name: "write_stdout_noise",
        title: "Pollute stdout",
        description: "Writes a line that is NOT JSON-RPC to stdout, as a buggy server would, then answers normally.",
        input: z.object({ line: z.string().default(STDOUT_NOISE).describe("Non-JSON line to write to stdout") }),
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: false },
      },
      ({ line }) => {
        // Deliberate: this breaks the stdio framing rule on purpose so the inspector can show it surviving.
        stdout.write(`${line}\n`);
        return { content: [text("Wrote a non-JSON line to stdout")] };
      },
    ),
    defineTool(
      {
        name: "crash",
        title: "Crash",
        description: "Writes a line to stderr, then exits the server process with the given code (no response is sent).",
        input: z.object({ code: z.number().int().min(0).max(255).default(3).describe("Process exit code") }),
        annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
      },
      async ({ code }) => {
        // Wait for stderr to take the line, so the crash message is not lost when the process dies.
        await new Promise<void>((resolve) => stderr.write(`demo server crashing on purpose with exit code ${code}\n`, () => resolve()));
        exit(code);
        return { content: [text(`exit(${code}) was called`)] };
      },
    ),
  ];
}
