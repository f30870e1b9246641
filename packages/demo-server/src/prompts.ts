// Prompts with required/optional arguments, completable values, and a multi-message multimodal example.
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  McpError,
  type GetPromptResult,
  type Prompt,
} from "@modelcontextprotocol/sdk/types.js";
import { PNG_BASE64 } from "./media.js";
import { paginate } from "./pagination.js";
import { README_MARKDOWN } from "./resource-catalog.js";

type Args = Record<string, string | undefined>;

interface DemoPrompt {
  prompt: Prompt;
  /** Suggested values per argument, served by completion/complete. */
  suggestions: Record<string, readonly string[]>;
  get(args: Args): GetPromptResult;
}

const STYLES = ["formal", "casual", "pirate", "shakespearean"] as const;
const LANGUAGES = ["typescript", "javascript", "python", "rust", "go", "java", "kotlin", "c", "cpp", "csharp", "ruby", "php", "swift"];

function greetingLine(name: string, style: string | undefined): string {
  switch (style) {
    case "formal":
      return `Good day, ${name}. It is a pleasure to make your acquaintance.`;
    case "pirate":
      return `Ahoy, ${name}! Welcome aboard, ye scallywag!`;
    case "shakespearean":
      return `Well met, good ${name}! What light through yonder window breaks?`;
    default:
      return `Hey ${name}, nice to see you!`;
  }
}

const PROMPTS: readonly DemoPrompt[] = [
  {
    prompt: {
      name: "greeting",
      title: "Greeting",
      description: "Asks the model to greet someone in a given style.",
      arguments: [
        { name: "name", description: "Who to greet", required: true },
        { name: "style", description: `One of ${STYLES.join(", ")}`, required: false },
      ],
    },
    suggestions: { name: ["Ada", "Alan", "Grace", "Linus", "Margaret"], style: STYLES },
    get: (args) => ({
      description: `Greeting for ${args["name"]}`,
      messages: [
        {
          role: "user",
          content: { type: "text", text: `Greet ${args["name"]} in a ${args["style"] ?? "casual"} style, e.g. "${greetingLine(args["name"] ?? "", args["style"])}"` },
        },
      ],
    }),
  },
  {
    prompt: {
      name: "code_review",
      title: "Code review",
      description: "Asks the model to review a piece of code.",
      arguments: [
        { name: "code", description: "The code to review", required: true },
        { name: "language", description: "Programming language of the code", required: false },
      ],
    },
    suggestions: { language: LANGUAGES },
    get: (args) => {
      const language = args["language"] ?? "";
      return {
        description: `Review of ${language || "some"} code`,
        messages: [
          {
            role: "user",
            content: { type: "text", text: `Please review this ${language} code for bugs and style:\n\n\`\`\`${language}\n${args["code"]}\n\`\`\`` },
          },
        ],
      };
    },
  },
  {
    prompt: {
      name: "show_and_tell",
      title: "Show and tell",
      description: "A multi-turn conversation mixing user and assistant messages, an image and an embedded resource.",
      arguments: [{ name: "topic", description: "What to talk about", required: false }],
    },
    suggestions: { topic: ["logos", "documentation", "testing"] },
    get: (args) => ({
      description: "A conversation with an image and an embedded resource",
      messages: [
        { role: "user", content: { type: "text", text: `Let's talk about ${args["topic"] ?? "this server"}. Here is its logo:` } },
        { role: "user", content: { type: "image", data: PNG_BASE64, mimeType: "image/png" } },
        { role: "assistant", content: { type: "text", text: "A small gradient square with a white X across it." } },
        {
          role: "user",
          content: { type: "resource", resource: { uri: "demo://readme", mimeType: "text/markdown", text: README_MARKDOWN } },
        },
        { role: "assistant", content: { type: "text", text: "The README says this server exercises every MCP feature." } },
      ],
    }),
  },
  {
    prompt: { name: "quick_start", title: "Quick start", description: "A prompt without arguments." },
    suggestions: {},
    get: () => ({
      messages: [{ role: "user", content: { type: "text", text: "Give me a two-line summary of what an MCP server does." } }],
    }),
  },
];

function findPrompt(name: string): DemoPrompt {
  const found = PROMPTS.find((candidate) => candidate.prompt.name === name);
  if (!found) throw new McpError(ErrorCode.InvalidParams, `Unknown prompt: ${name}`);
  return found;
}

/** Candidate values for a prompt argument, for completion/complete. */
export function promptArgumentValues(promptName: string, argument: string): readonly string[] {
  return findPrompt(promptName).suggestions[argument] ?? [];
}

export function installPromptHandlers(server: Server, pageSize: number | undefined): void {
  server.setRequestHandler(ListPromptsRequestSchema, (request) => {
    const page = paginate(PROMPTS.map((entry) => entry.prompt), request.params?.cursor, pageSize);
    return { prompts: page.items, ...(page.nextCursor && { nextCursor: page.nextCursor }) };
  });
  server.setRequestHandler(GetPromptRequestSchema, (request) => {
    const entry = findPrompt(request.params.name);
    const args: Args = request.params.arguments ?? {};
    const missing = (entry.prompt.arguments ?? []).filter((arg) => arg.required && !args[arg.name]);
    if (missing.length > 0) {
      throw new McpError(ErrorCode.InvalidParams, `Missing required argument(s): ${missing.map((arg) => arg.name).join(", ")}`);
    }
    return entry.get(args);
  });
}
