import type { AppDirection, AppFrame, AppRef, Frame, MessageFrame } from "@mcp-inspect/core";

/** Builds a session's frames with increasing seq and explicit times. */
export function builder() {
  let seq = 0;
  const frames: Frame[] = [];
  const msg = (dir: "client->server" | "server->client", m: Record<string, unknown>, t = seq * 10): MessageFrame => {
    const frame: MessageFrame = { seq: ++seq, t, kind: "message", dir, msg: { jsonrpc: "2.0", ...m } };
    frames.push(frame);
    return frame;
  };
  return {
    frames,
    req: (id: number, method: string, params?: Record<string, unknown>, t?: number) => msg("client->server", { id, method, params }, t),
    res: (id: number, result: unknown, t?: number) => msg("server->client", { id, result }, t),
    err: (id: number, message: string, t?: number) => msg("server->client", { id, error: { code: -32000, message } }, t),
    note: (dir: "client->server" | "server->client", method: string, params?: Record<string, unknown>) => msg(dir, { method, params }),
    /** A message between an MCP App and the host (the page). */
    app: (dir: AppDirection, app: AppRef, m: Record<string, unknown>, t = seq * 10): AppFrame => {
      const frame: AppFrame = { seq: ++seq, t, kind: "app", dir, app, msg: { jsonrpc: "2.0", ...m } };
      frames.push(frame);
      return frame;
    },
    stderr: (text: string) => {
      const frame: Frame = { seq: ++seq, t: seq * 10, kind: "stderr", text };
      frames.push(frame);
      return frame;
    },
    exit: () => {
      const frame: Frame = { seq: ++seq, t: seq * 10, kind: "process", event: "exit", code: 1, signal: null, stderrTail: [] };
      frames.push(frame);
      return frame;
    },
  };
}
