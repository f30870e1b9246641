// Tools that answer in one round trip, the same in both eras: echo, add (structured output), protocol_info, log_message.
import type { LoggingLevel, McpRequestContext, McpServer } from "@modelcontextprotocol/server";
import * as z from "zod";

const LEVELS = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"] as const;

export function registerPlainTools(server: McpServer, era: McpRequestContext["era"]): void {
  server.registerTool(
    "echo",
    {
      title: "Echo",
      description: "Returns the message unchanged.",
      inputSchema: z.object({ message: z.string().describe("Text to send back") }),
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ message }) => ({ content: [{ type: "text", text: message }] }),
  );

  server.registerTool(
    "add",
    {
      title: "Add two numbers",
      description: "Adds a and b; the sum also comes back as structuredContent matching the outputSchema.",
      inputSchema: z.object({ a: z.number().describe("First addend"), b: z.number().describe("Second addend") }),
      outputSchema: z.object({ sum: z.number() }),
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ a, b }) => ({ content: [{ type: "text", text: String(a + b) }], structuredContent: { sum: a + b } }),
  );

  // Shows what the server saw of this request: the era it was built for and, in 2026-07-28, the per-request _meta envelope.
  server.registerTool(
    "protocol_info",
    {
      title: "Protocol info",
      description: "Reports the protocol era serving this connection and the per-request _meta envelope the server received.",
      inputSchema: z.object({}),
      outputSchema: z.object({ era: z.enum(["legacy", "modern"]), envelope: z.record(z.string(), z.unknown()) }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (_args, ctx) => {
      const info = { era, envelope: { ...ctx.mcpReq.envelope } };
      return { content: [{ type: "text", text: JSON.stringify(info, null, 2) }], structuredContent: info };
    },
  );

  // In 2026-07-28 a request only gets log messages when its _meta carries a log level; in 2025 logging/setLevel decides.
  server.registerTool(
    "log_message",
    {
      title: "Log at every level",
      description: "Sends one notifications/message per level from debug up to `upTo`; the client's log level filters them.",
      inputSchema: z.object({ upTo: z.enum(LEVELS).default("error").describe("Highest level to send") }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ upTo }, ctx) => {
      const levels: LoggingLevel[] = LEVELS.slice(0, LEVELS.indexOf(upTo) + 1);
      for (const level of levels) await ctx.mcpReq.log(level, `demo log message at ${level}`, "dual-era-demo");
      return { content: [{ type: "text", text: `sent ${levels.length} log messages (debug..${upTo})` }] };
    },
  );
}
