// One prompt with a completable argument: prompts/get and completion/complete in both eras.
import { completable, type McpServer } from "@modelcontextprotocol/server";
import * as z from "zod";

const NAMES = ["Ada", "Alan", "Grace", "Linus", "Margaret"];

export function registerPrompts(server: McpServer): void {
  server.registerPrompt(
    "greeting",
    {
      title: "Greeting",
      description: "A short greeting for someone, in a chosen style.",
      argsSchema: z.object({
        name: completable(z.string().describe("Who to greet"), (value) => NAMES.filter((name) => name.toLowerCase().startsWith(value.toLowerCase()))),
        style: z.enum(["formal", "casual"]).optional().describe("How to say it"),
      }),
    },
    ({ name, style }) => ({
      description: `A ${style ?? "casual"} greeting for ${name}`,
      messages: [{ role: "user", content: { type: "text", text: style === "formal" ? `Good day, ${name}.` : `Hi ${name}!` } }],
    }),
  );
}
