// Helpers to declare a tool once with zod and get both its JSON Schema and validated arguments.
import type { RequestHandlerExtra } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type {
  CallToolResult,
  ServerNotification,
  ServerRequest,
  TextContent,
  Tool,
} from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";

export type ToolExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;
type ObjectSchema = Tool["inputSchema"];

/** A tool as the server holds it: what tools/list shows, and what tools/call runs. */
export interface DemoTool {
  definition: Tool;
  run(args: Record<string, unknown>, extra: ToolExtra): CallToolResult | Promise<CallToolResult>;
}

export interface ZodToolSpec<S extends z.ZodObject> {
  name: string;
  title: string;
  description: string;
  input: S;
  output?: z.ZodObject;
  annotations?: Tool["annotations"];
  icons?: Tool["icons"];
}

/** JSON Schema for the wire; $schema is dropped because MCP already defaults to 2020-12. */
function toObjectSchema(schema: z.ZodObject, io: "input" | "output"): ObjectSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io });
  return json as ObjectSchema;
}

export function text(value: string): TextContent {
  return { type: "text", text: value };
}

/** A tool-level failure the model can read (isError), as opposed to a JSON-RPC error. */
export function errorResult(message: string): CallToolResult {
  return { isError: true, content: [text(message)] };
}

export function defineTool<S extends z.ZodObject>(
  spec: ZodToolSpec<S>,
  run: (args: z.output<S>, extra: ToolExtra) => CallToolResult | Promise<CallToolResult>,
): DemoTool {
  const definition: Tool = {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    inputSchema: toObjectSchema(spec.input, "input"),
    ...(spec.output && { outputSchema: toObjectSchema(spec.output, "output") }),
    ...(spec.annotations && { annotations: spec.annotations }),
    ...(spec.icons && { icons: spec.icons }),
  };
  return {
    definition,
    run(args, extra) {
      const parsed = spec.input.safeParse(args);
      // Bad arguments are reported as a tool error so a model could correct itself (as the spec advises).
      if (!parsed.success) return errorResult(`Invalid arguments for ${spec.name}: ${z.prettifyError(parsed.error)}`);
      return run(parsed.data, extra);
    },
  };
}

/** Resolves after `ms`, or early with false when the signal aborts; lets long tools honour cancellation. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
