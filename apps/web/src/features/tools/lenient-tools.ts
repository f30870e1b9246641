import { ToolSchema, type Tool } from "@modelcontextprotocol/sdk/types.js";

/** A listed tool; `brokenReason` says why its definition did not parse (it is listed anyway, marked). */
export type ListedTool = Tool & { brokenReason?: string };

/**
 * The tools of one tools/list page, parsed one by one. The SDK's `listTools` validates the whole
 * result with Zod, so one tool with a broken inputSchema empties the Tools pane with a raw Zod dump;
 * here every tool that parses is listed, and a broken one is kept as a stand-in (its name, its
 * description, an empty object schema so JSON mode can still call it) with the parse error.
 */
export function parseToolsLeniently(raw: unknown): ListedTool[] {
  if (!Array.isArray(raw)) throw new Error(`tools/list answered without a tools array (got ${raw === undefined ? "nothing" : typeof raw})`);
  return raw.map((entry, i) => {
    const parsed = ToolSchema.safeParse(entry);
    if (parsed.success) return parsed.data;
    const e = (typeof entry === "object" && entry !== null ? entry : {}) as { name?: unknown; title?: unknown; description?: unknown };
    const reason = parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(tool)"}: ${issue.message}`).join("; ");
    return {
      name: typeof e.name === "string" ? e.name : `(tool #${i} without a name)`,
      ...(typeof e.title === "string" ? { title: e.title } : {}),
      ...(typeof e.description === "string" ? { description: e.description } : {}),
      inputSchema: { type: "object" },
      brokenReason: reason,
    } as ListedTool;
  });
}
