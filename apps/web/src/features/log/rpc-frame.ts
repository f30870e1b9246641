import type { AppFrame, Frame, MessageFrame } from "@mcp-inspect/core";

/**
 * A frame carrying a JSON-RPC message: between the client and the server (`message`), or between an MCP App and the
 * inspector's page as its host (`app`). Both pair requests with answers; their ids live in separate scopes.
 */
export type RpcFrame = MessageFrame | AppFrame;

export function isRpcFrame(frame: Frame): frame is RpcFrame {
  return frame.kind === "message" || frame.kind === "app";
}

/** "app → host" / "host → app": how an app frame's direction reads on screen. */
export function appDirectionText(frame: AppFrame): string {
  return frame.dir === "app->host" ? "app → host" : "host → app";
}

/** Which app a frame belongs to, for a tooltip or the detail: "app-3 · get-time · ui://get-time/mcp-app.html". */
export function appRefText(frame: AppFrame): string {
  return [frame.app.instance, frame.app.tool, frame.app.uri].filter((part) => part !== undefined && part !== "").join(" · ");
}
