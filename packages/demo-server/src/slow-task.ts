// slow_task: progress notifications per step, and an early stop when the client cancels the request.
import * as z from "zod";
import type { DemoContext } from "./context.js";
import { defineTool, sleep, text, type DemoTool } from "./tool-kit.js";

export function slowTaskTool(ctx: DemoContext): DemoTool {
  return defineTool(
    {
      name: "slow_task",
      title: "Slow task",
      description: "Takes `steps` steps of `delayMs` each, reporting progress if the request has a progressToken; cancel it to stop early.",
      input: z.object({
        steps: z.number().int().min(1).max(1000).default(5).describe("How many steps"),
        delayMs: z.number().int().min(0).max(60_000).default(500).describe("Milliseconds per step"),
      }),
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async ({ steps, delayMs }, extra) => {
      const progressToken = extra._meta?.progressToken;
      for (let step = 1; step <= steps; step++) {
        const finished = await sleep(delayMs, extra.signal);
        if (!finished) {
          // The response is dropped after cancellation, so a log line is the only visible trace of the early stop.
          await ctx.logger.log("warning", `slow_task cancelled after ${step - 1} of ${steps} steps`, "slow_task");
          return { content: [text(`Cancelled after ${step - 1} of ${steps} steps`)] };
        }
        if (progressToken !== undefined) {
          await extra.sendNotification({
            method: "notifications/progress",
            params: { progressToken, progress: step, total: steps, message: `Step ${step} of ${steps}` },
          });
        }
      }
      return { content: [text(`Finished ${steps} steps of ${delayMs} ms`)] };
    },
  );
}
