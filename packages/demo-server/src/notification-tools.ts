// Tools whose point is a server-sent notification: log messages, resource updates, tool list changes.
import * as z from "zod";
import type { DemoContext } from "./context.js";
import { LOG_LEVELS } from "./logging.js";
import { COUNTER_URI } from "./resources.js";
import { defineTool, text, type DemoTool } from "./tool-kit.js";

export const EXTRA_TOOL_NAME = "extra";

function extraTool(): DemoTool {
  return defineTool(
    {
      name: EXTRA_TOOL_NAME,
      title: "Extra tool",
      description: "Exists only while toggle_extra_tool has it switched on.",
      input: z.object({}),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () => ({ content: [text("Hello from the extra tool")] }),
  );
}

export function notificationTools(ctx: DemoContext): DemoTool[] {
  return [
    defineTool(
      {
        name: "log_message",
        title: "Send a log message",
        description: "Sends notifications/message at the given level, unless logging/setLevel asked for a higher one.",
        input: z.object({
          level: z.enum(LOG_LEVELS).default("info").describe("Syslog severity"),
          message: z.string().describe("Text of the log message"),
          logger: z.string().default("demo").describe("Logger name"),
        }),
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: false },
      },
      async ({ level, message, logger }) => {
        const sent = await ctx.logger.log(level, message, logger);
        const outcome = sent
          ? `Sent a ${level} message`
          : `Not sent: ${level} is below the level "${ctx.logger.level}" set by logging/setLevel`;
        return { content: [text(outcome)] };
      },
    ),
    defineTool(
      {
        name: "touch_resource",
        title: "Touch the counter resource",
        description: `Changes ${COUNTER_URI} and sends notifications/resources/updated if the client subscribed to it.`,
        input: z.object({ delta: z.number().int().default(1).describe("How much to add to the counter") }),
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
      },
      async ({ delta }) => {
        const value = ctx.resources.touchCounter(delta);
        const subscribed = ctx.resources.isSubscribed(COUNTER_URI);
        if (subscribed) await ctx.server.sendResourceUpdated({ uri: COUNTER_URI });
        const note = subscribed ? "sent notifications/resources/updated" : "nobody is subscribed, so no notification";
        return { content: [text(`${COUNTER_URI} is now ${value} (${note})`)] };
      },
    ),
    defineTool(
      {
        name: "toggle_extra_tool",
        title: "Toggle the extra tool",
        description: `Adds or removes the "${EXTRA_TOOL_NAME}" tool and sends notifications/tools/list_changed.`,
        input: z.object({}),
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
      },
      async () => {
        const added = !ctx.tools.has(EXTRA_TOOL_NAME);
        if (added) ctx.tools.add(extraTool());
        else ctx.tools.remove(EXTRA_TOOL_NAME);
        await ctx.server.sendToolListChanged();
        return { content: [text(added ? `Added tool "${EXTRA_TOOL_NAME}"` : `Removed tool "${EXTRA_TOOL_NAME}"`)] };
      },
    ),
  ];
}
