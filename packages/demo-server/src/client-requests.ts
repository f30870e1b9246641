// Tools that turn around and ask the client: sampling/createMessage, elicitation/create, roots/list.
import type { CallToolResult, ClientCapabilities, ElicitRequestFormParams } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";
import type { DemoContext } from "./context.js";
import { defineTool, errorResult, text, type DemoTool, type ToolExtra } from "./tool-kit.js";

// A person may be answering in the inspector's UI, so allow far longer than the SDK's 60 s default.
const HUMAN_TIMEOUT_MS = 10 * 60_000;

const ASK_USER_SCHEMA: ElicitRequestFormParams["requestedSchema"] = {
  type: "object",
  properties: {
    name: { type: "string", title: "Your name", minLength: 1 },
    age: { type: "integer", title: "Age", minimum: 0, maximum: 150 },
    color: {
      type: "string",
      title: "Favourite colour",
      oneOf: [
        { const: "red", title: "Red" },
        { const: "green", title: "Green" },
        { const: "blue", title: "Blue" },
      ],
    },
    subscribe: { type: "boolean", title: "Subscribe to the newsletter", default: false },
  },
  required: ["name"],
};

function requestOptions(extra: ToolExtra) {
  return { signal: extra.signal, timeout: HUMAN_TIMEOUT_MS, relatedRequestId: extra.requestId };
}

/** Runs a client request, turning a missing capability or a client-side failure into an isError result. */
async function askClient(
  ctx: DemoContext,
  capability: keyof ClientCapabilities,
  method: string,
  send: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  if (!ctx.server.getClientCapabilities()?.[capability]) {
    return errorResult(`The client did not declare the "${capability}" capability, so the server cannot send ${method}.`);
  }
  try {
    return await send();
  } catch (error) {
    return errorResult(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function clientRequestTools(ctx: DemoContext): DemoTool[] {
  const asks = { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: true };
  return [
    defineTool(
      {
        name: "sample_llm",
        title: "Ask the client's LLM",
        description: "Sends sampling/createMessage to the client with the prompt and returns what it answered.",
        input: z.object({
          prompt: z.string().min(1).describe("What to ask the model"),
          maxTokens: z.number().int().min(1).max(8192).default(256).describe("Token limit for the answer"),
        }),
        annotations: asks,
      },
      ({ prompt, maxTokens }, extra) =>
        askClient(ctx, "sampling", "sampling/createMessage", async () => {
          const result = await ctx.server.createMessage(
            {
              messages: [{ role: "user", content: { type: "text", text: prompt } }],
              maxTokens,
              systemPrompt: "You are being called by the mcp-inspect demo server.",
              modelPreferences: { hints: [{ name: "claude" }], speedPriority: 0.8 },
            },
            requestOptions(extra),
          );
          const blocks = Array.isArray(result.content) ? result.content : [result.content];
          const answer = blocks.map((block) => (block.type === "text" ? block.text : `[${block.type}]`)).join("\n");
          return { content: [text(answer), text(`(model: ${result.model}, stopReason: ${result.stopReason ?? "none"})`)] };
        }),
    ),
    defineTool(
      {
        name: "ask_user",
        title: "Ask the user",
        description: "Sends elicitation/create (form mode) to the client and returns the action and the answers.",
        input: z.object({ message: z.string().default("Please tell the demo server a little about yourself.") }),
        annotations: asks,
      },
      ({ message }, extra) =>
        askClient(ctx, "elicitation", "elicitation/create", async () => {
          const result = await ctx.server.elicitInput({ mode: "form", message, requestedSchema: ASK_USER_SCHEMA }, requestOptions(extra));
          const answer = { action: result.action, content: result.content ?? null };
          return { content: [text(JSON.stringify(answer, null, 2))], structuredContent: answer };
        }),
    ),
    defineTool(
      {
        name: "list_roots",
        title: "List the client's roots",
        description: "Sends roots/list to the client and returns the roots it reported.",
        input: z.object({}),
        annotations: asks,
      },
      (_args, extra) =>
        askClient(ctx, "roots", "roots/list", async () => {
          const { roots } = await ctx.server.listRoots(undefined, requestOptions(extra));
          return { content: [text(JSON.stringify(roots, null, 2))], structuredContent: { roots } };
        }),
    ),
  ];
}
