import { specTypeSchemas, type Tool } from "@modelcontextprotocol/client";

/** A listed tool; `brokenReason` says why its definition did not parse (it is listed anyway, marked). */
export type ListedTool = Tool & { brokenReason?: string };

/**
 * The tools of one tools/list page, parsed one by one. The SDK's `listTools` validates the whole
 * result with its schema, so one tool with a broken inputSchema empties the Tools pane with a raw Zod dump;
 * here every tool that parses is listed, and a broken one is kept as a stand-in (its name, its
 * description, an empty object schema so JSON mode can still call it) with the validation issues.
 */
export function parseToolsLeniently(raw: unknown): ListedTool[] {
  if (!Array.isArray(raw)) throw new Error(`tools/list answered without a tools array (got ${raw === undefined ? "nothing" : typeof raw})`);
  return raw.map((entry, i) => {
    const parsed = specTypeSchemas.Tool["~standard"].validate(entry);
    if (parsed.issues === undefined) return parsed.value;
    const e = (typeof entry === "object" && entry !== null ? entry : {}) as { name?: unknown; title?: unknown; description?: unknown };
    const reason = parsed.issues.map((issue) => `${issue.path?.length ? issue.path.map((p) => String(typeof p === "object" ? p.key : p)).join(".") : "(tool)"}: ${issue.message}`).join("; ");
    return {
      name: typeof e.name === "string" ? e.name : `(tool #${i} without a name)`,
      ...(typeof e.title === "string" ? { title: e.title } : {}),
      ...(typeof e.description === "string" ? { description: e.description } : {}),
      inputSchema: { type: "object" },
      brokenReason: reason,
    } as ListedTool;
  });
}
