// Builds sessions shaped like recorded ones: numbered frames, requests answered by id.
import type { Frame, ParsedSession } from "@mcp-inspect/core";

export class SessionBuilder {
  readonly frames: Frame[] = [];
  #id = 0;

  /** A client request answered with `result` (or `error`); `answer: false` leaves it unanswered. */
  call(method: string, params: Record<string, unknown> | undefined, answer: { result: unknown } | { error: unknown } | false): this {
    const id = ++this.#id;
    this.#push({ kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id, method, ...(params ? { params } : {}) } });
    if (answer) this.#push({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id, ...answer } });
    return this;
  }

  notify(dir: "client->server" | "server->client", method: string): this {
    this.#push({ kind: "message", dir, msg: { jsonrpc: "2.0", method } });
    return this;
  }

  initialize(result: Record<string, unknown>): this {
    this.call("initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } }, { result });
    return this.notify("client->server", "notifications/initialized");
  }

  session(id = "s"): ParsedSession {
    return {
      header: {
        format: "mcp-inspect-session",
        version: 1,
        id,
        target: { type: "stdio", command: "node", args: ["server.js"], cwd: "/tmp", envKeys: [] },
        inspector: { name: "mcp-inspect", version: "0.1.0" },
        startedAt: "2025-01-01T00:00:00.000Z",
      },
      frames: this.frames,
      warnings: [],
    };
  }

  #push(frame: Omit<Frame, "seq" | "t"> & Record<string, unknown>): void {
    const seq = this.frames.length + 1;
    this.frames.push({ ...frame, seq, t: seq * 10 } as Frame);
  }
}
