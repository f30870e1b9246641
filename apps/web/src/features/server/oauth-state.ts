import type { Frame, HttpFrame } from "@mcp-inspect/core";

type AuthFrame = Extract<HttpFrame, { event: "auth" }>;

/** The latest OAuth step of this server, if it ever asked for authorization: what the auth banner shows. */
export function latestAuthStep(frames: readonly Frame[]): AuthFrame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    if (frame.kind === "http" && frame.event === "auth") return frame;
  }
  return undefined;
}

/** The authorization page of a pending `authorize` step, only if it is a web page (never `javascript:` and the like). */
export function authorizationUrl(step: AuthFrame): string | undefined {
  if (step.step !== "authorize" || !step.url) return undefined;
  try {
    const url = new URL(step.url);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
