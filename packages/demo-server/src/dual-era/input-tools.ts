// Tools that need the client's input before they can finish. Each is written once as a multi-round-trip handler:
// it returns inputRequired(...) until the answers are there. In 2026-07-28 the client answers the embedded requests and
// retries the call (with requestState echoed); in the 2025 era the SDK's legacy shim sends real elicitation/create,
// sampling/createMessage and roots/list requests to the client and re-enters the handler, so the same code serves both.
import {
  createRequestStateCodec,
  inputRequired,
  inputResponse,
  type CallToolResult,
  type ElicitRequestFormParams,
  type InputRequiredResult,
  type McpServer,
  type RequestStateCodec,
} from "@modelcontextprotocol/server";
import { randomBytes } from "node:crypto";
import * as z from "zod";

type Answer = CallToolResult | InputRequiredResult;

/** The state book_trip carries between its rounds: what earlier rounds already proved. */
export interface TripState {
  destination: string;
}

/** requestState goes through the client, so it is signed; one key per process is enough for stdio (one process, one client). */
export function createTripStateCodec(): RequestStateCodec<TripState> {
  return createRequestStateCodec<TripState>({ key: randomBytes(32), ttlSeconds: 600 });
}

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

const DESTINATION_SCHEMA: ElicitRequestFormParams["requestedSchema"] = {
  type: "object",
  properties: { destination: { type: "string", title: "Destination", enum: ["Lisbon", "Oslo", "Kyoto"] } },
  required: ["destination"],
};

const CONFIRM_SCHEMA: ElicitRequestFormParams["requestedSchema"] = {
  type: "object",
  properties: { confirm: { type: "boolean", title: "Book it?" } },
  required: ["confirm"],
};

const asks = { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: true };

function json(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(value, null, 2) }], structuredContent: value };
}

export function registerInputTools(server: McpServer, codec: RequestStateCodec<TripState>): void {
  server.registerTool(
    "ask_user",
    {
      title: "Ask the user",
      description: "Needs one form elicitation (input_required in 2026-07-28, elicitation/create in 2025); returns the action and the answers.",
      inputSchema: z.object({ message: z.string().default("Please tell the demo server a little about yourself.") }),
      annotations: asks,
    },
    ({ message }, ctx): Answer => {
      const answer = inputResponse(ctx.mcpReq.inputResponses, "profile");
      if (answer.kind !== "elicit") {
        return inputRequired({ inputRequests: { profile: inputRequired.elicit({ mode: "form", message, requestedSchema: ASK_USER_SCHEMA }) } });
      }
      return json({ action: answer.action, content: answer.content ?? null });
    },
  );

  // Two rounds in sequence: the second depends on the first, so the first answer travels in the signed requestState.
  server.registerTool(
    "book_trip",
    {
      title: "Book a trip",
      description: "Two rounds of input: asks for a destination, then (carrying it in requestState) asks to confirm.",
      inputSchema: z.object({}),
      annotations: asks,
    },
    async (_args, ctx): Promise<Answer> => {
      const state = ctx.mcpReq.requestState<TripState>();
      if (state === undefined) {
        const picked = inputResponse(ctx.mcpReq.inputResponses, "destination");
        if (picked.kind === "elicit" && picked.action !== "accept") return json({ booked: false, reason: `destination ${picked.action}` });
        const destination = picked.kind === "elicit" ? picked.content?.["destination"] : undefined;
        if (typeof destination !== "string") {
          return inputRequired({
            inputRequests: { destination: inputRequired.elicit({ mode: "form", message: "Where to?", requestedSchema: DESTINATION_SCHEMA }) },
          });
        }
        return inputRequired({
          inputRequests: { confirm: inputRequired.elicit({ mode: "form", message: `Book a trip to ${destination}?`, requestedSchema: CONFIRM_SCHEMA }) },
          requestState: await codec.mint({ destination }),
        });
      }
      const confirmed = inputResponse(ctx.mcpReq.inputResponses, "confirm");
      const yes = confirmed.kind === "elicit" && confirmed.action === "accept" && confirmed.content?.["confirm"] === true;
      return json({ booked: yes, destination: state.destination });
    },
  );

  server.registerTool(
    "sample_llm",
    {
      title: "Ask the client's LLM",
      description: "Needs one sampling/createMessage answer from the client (deprecated in 2026-07-28, still served); returns what the model said.",
      inputSchema: z.object({
        prompt: z.string().min(1).describe("What to ask the model"),
        maxTokens: z.number().int().min(1).max(8192).default(256).describe("Token limit for the answer"),
      }),
      annotations: asks,
    },
    ({ prompt, maxTokens }, ctx): Answer => {
      const answer = inputResponse(ctx.mcpReq.inputResponses, "completion");
      if (answer.kind !== "sampling") {
        return inputRequired({
          inputRequests: {
            completion: inputRequired.createMessage({
              messages: [{ role: "user", content: { type: "text", text: prompt } }],
              maxTokens,
              systemPrompt: "You are being called by the mcp-inspect dual-era demo server.",
              modelPreferences: { hints: [{ name: "claude" }], speedPriority: 0.8 },
            }),
          },
        });
      }
      const blocks = Array.isArray(answer.result.content) ? answer.result.content : [answer.result.content];
      const said = blocks.map((block) => (block.type === "text" ? block.text : `[${block.type}]`)).join("\n");
      return { content: [{ type: "text", text: said }, { type: "text", text: `(model: ${answer.result.model})` }] };
    },
  );

  server.registerTool(
    "list_roots",
    {
      title: "List the client's roots",
      description: "Needs the client's roots/list answer (deprecated in 2026-07-28, still served); returns the roots.",
      inputSchema: z.object({}),
      annotations: asks,
    },
    (_args, ctx): Answer => {
      const answer = inputResponse(ctx.mcpReq.inputResponses, "roots");
      if (answer.kind !== "roots") return inputRequired({ inputRequests: { roots: inputRequired.listRoots() } });
      return json({ roots: answer.roots });
    },
  );
}
