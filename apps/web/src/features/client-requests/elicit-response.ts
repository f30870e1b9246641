import type { ElicitResult } from "@modelcontextprotocol/client";

export type ElicitAction = ElicitResult["action"];

/** The elicitation result: content only with accept (the spec omits it for decline and cancel). */
export function elicitResult(action: ElicitAction, content?: Record<string, unknown>): ElicitResult {
  return action === "accept" && content !== undefined ? { action, content: content as ElicitResult["content"] } : { action };
}

/** Only web URLs get a link to open: a server must not make the inspector navigate to javascript: or file:. */
export function openableUrl(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
