// bad_structured_output: a tool that breaks its own outputSchema, so clients can show how they flag it.
import * as z from "zod";
import { defineTool, text, type DemoTool } from "./tool-kit.js";

export function mismatchTool(): DemoTool {
  return defineTool(
    {
      name: "bad_structured_output",
      title: "Bad structured output",
      description: "Declares outputSchema { sum: number } but returns structuredContent { sum: \"not a number\" }, on purpose.",
      input: z.object({}),
      output: z.object({ sum: z.number().describe("Should be a number; is not") }),
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    () => ({ content: [text('{"sum":"not a number"}')], structuredContent: { sum: "not a number" } }),
  );
}
