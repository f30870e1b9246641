// The plain tools: text, structured output, media, links, and the two ways a tool can fail.
import * as z from "zod";
import { PNG_BASE64, WAV_BASE64 } from "./media.js";
import { README_MARKDOWN } from "./resource-catalog.js";
import { COUNTER_URI } from "./resources.js";
import { defineTool, errorResult, text, type DemoTool } from "./tool-kit.js";

/** An Error carrying a JSON-RPC code and data; the SDK copies both into the error response as they are. */
class ToolProtocolError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly data: unknown,
  ) {
    super(message);
  }
}

const PURE = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

/** `alter`: the name of a tool whose output changes on purpose (only echo does: it appends "!"). */
export function basicTools(alter?: string): DemoTool[] {
  return [
    defineTool(
      {
        name: "echo",
        title: "Echo",
        description: "Returns the message it was given.",
        input: z.object({ message: z.string().describe("Text to send back") }),
        annotations: PURE,
      },
      ({ message }) => ({ content: [text(alter === "echo" ? `${message}!` : message)] }),
    ),
    defineTool(
      {
        name: "add",
        title: "Add two numbers",
        description: "Adds a and b; returns the sum as text and as structuredContent matching outputSchema.",
        input: z.object({ a: z.number().describe("First addend"), b: z.number().describe("Second addend") }),
        output: z.object({ sum: z.number().describe("a + b") }),
        annotations: PURE,
      },
      ({ a, b }) => ({ content: [text(String(a + b))], structuredContent: { sum: a + b } }),
    ),
    defineTool(
      {
        name: "get_image",
        title: "Get an image",
        description: "Returns a 16x16 PNG as image content.",
        input: z.object({}),
        annotations: PURE,
        icons: [{ src: `data:image/png;base64,${PNG_BASE64}`, mimeType: "image/png", sizes: ["16x16"] }],
      },
      () => ({
        content: [
          text("Here is a 16x16 PNG:"),
          { type: "image", data: PNG_BASE64, mimeType: "image/png", annotations: { audience: ["user"] } },
        ],
      }),
    ),
    defineTool(
      {
        name: "get_audio",
        title: "Get a sound",
        description: "Returns a quarter-second 440 Hz WAV tone as audio content.",
        input: z.object({}),
        annotations: PURE,
      },
      () => ({ content: [text("Here is a 0.25 s 440 Hz tone:"), { type: "audio", data: WAV_BASE64, mimeType: "audio/wav" }] }),
    ),
    defineTool(
      {
        name: "get_resource_links",
        title: "Get resource links",
        description: "Returns resource_link items pointing at this server's resources, plus one embedded resource.",
        input: z.object({}),
        annotations: PURE,
      },
      () => ({
        content: [
          text("Links to some of this server's resources:"),
          { type: "resource_link", uri: "demo://readme", name: "readme", title: "README", mimeType: "text/markdown" },
          { type: "resource_link", uri: "demo://config", name: "config", title: "Configuration", mimeType: "application/json" },
          { type: "resource_link", uri: COUNTER_URI, name: "counter", title: "Counter", description: "Subscribable" },
          { type: "resource_link", uri: "demo://images/logo.png", name: "logo", mimeType: "image/png" },
          { type: "resource_link", uri: "demo://users/alice", name: "user-alice", title: "Alice (from a template)", mimeType: "application/json" },
          { type: "resource", resource: { uri: "demo://readme", mimeType: "text/markdown", text: README_MARKDOWN } },
        ],
      }),
    ),
    defineTool(
      {
        name: "fail",
        title: "Fail (isError)",
        description: "Always returns a tool result with isError: true.",
        input: z.object({ message: z.string().default("This tool always fails, on purpose.").describe("Error text to return") }),
        annotations: PURE,
      },
      ({ message }) => errorResult(message),
    ),
    defineTool(
      {
        name: "throw_error",
        title: "Throw (JSON-RPC error)",
        description: "Throws, so the response is a JSON-RPC error with the given code and some data instead of a result.",
        input: z.object({
          code: z.number().int().min(-99999).max(99999).default(-32000).describe("JSON-RPC error code"),
          message: z.string().default("Deliberate failure from throw_error").describe("Error message"),
        }),
        annotations: PURE,
      },
      ({ code, message }) => {
        throw new ToolProtocolError(message, code, { tool: "throw_error", hint: "Thrown on purpose to show a JSON-RPC error." });
      },
    ),
  ];
}
