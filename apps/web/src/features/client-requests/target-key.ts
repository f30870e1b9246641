import type { SessionHeader } from "@mcp-inspect/core";

/** Which target a per-target setting belongs to: the command line and working directory (or the URL). */
export function targetKey(target: SessionHeader["target"] | undefined): string {
  if (!target) return "";
  const t = target as unknown as Record<string, unknown>;
  return JSON.stringify([t.type, t.command ?? t.url ?? "", t.args ?? [], t.cwd ?? ""]);
}

/** The target's working directory, when it has one. */
export function targetCwd(target: SessionHeader["target"] | undefined): string | undefined {
  const cwd = (target as unknown as Record<string, unknown> | undefined)?.cwd;
  return typeof cwd === "string" && cwd !== "" ? cwd : undefined;
}
