import type { Frame, JsonRpcMessage, MessageFrame } from "@mcp-inspect/core";
import { createFullProtocolChecker } from "@mcp-inspect/core/checks/wire";
import { InspectSession } from "../session";
import { createStdioTarget } from "../stdio-target";
import { testHeader } from "./fixtures";

/** A session with the full checker around any stdio command. */
export function checkedSession(command: string, args: string[], slowResponseMs = 5000) {
  const session = new InspectSession({ header: testHeader(args), checker: createFullProtocolChecker({ slowResponseMs }) });
  session.attach((emit) => createStdioTarget({ command, args, cwd: process.cwd(), env: process.env, killGraceMs: 300 }, emit));
  return session;
}

/**
 * The smallest client that drives a session like a real one: numbered requests that resolve with
 * the response (or undefined after a timeout: broken servers do not answer), and polite answers
 * to the server's own requests.
 */
export class ScriptedClient {
  #nextId = 1;
  readonly #session: InspectSession;

  constructor(session: InspectSession) {
    this.#session = session;
    session.subscribe((frame) => {
      if (frame.kind !== "message" || frame.dir !== "server->client" || typeof frame.msg.method !== "string" || !("id" in frame.msg)) return;
      const answer = frame.msg.method === "ping" || frame.msg.method === "roots/list" ? { result: frame.msg.method === "ping" ? {} : { roots: [] } } : { error: { code: -32601, message: "Method not found" } };
      queueMicrotask(() => session.send({ jsonrpc: "2.0", id: frame.msg.id, ...answer } as JsonRpcMessage));
    });
  }

  request(method: string, params?: Record<string, unknown>, timeoutMs = 1500): Promise<JsonRpcMessage | undefined> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        unsubscribe();
        resolve(undefined);
      }, timeoutMs);
      const unsubscribe = this.#session.subscribe((frame) => {
        if (!isResponseTo(frame, id)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(frame.msg);
      });
      if (!this.#session.send({ jsonrpc: "2.0", id, method, ...(params ? { params } : {}) })) {
        clearTimeout(timer);
        unsubscribe();
        resolve(undefined);
      }
    });
  }

  notify(method: string, params?: Record<string, unknown>): void {
    this.#session.send({ jsonrpc: "2.0", method, ...(params ? { params } : {}) });
  }

  async initialize(protocolVersion = "2025-06-18"): Promise<JsonRpcMessage | undefined> {
    const response = await this.request("initialize", { protocolVersion, capabilities: {}, clientInfo: { name: "scripted-client", version: "0" } });
    this.notify("notifications/initialized");
    return response;
  }

  /** Every page of a list method. */
  async listAll(method: string, key: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let cursor: unknown;
    do {
      const response = await this.request(method, cursor === undefined ? {} : { cursor });
      const result = response?.result as Record<string, unknown> | undefined;
      if (!result) break;
      items.push(...((result[key] as Record<string, unknown>[] | undefined) ?? []));
      cursor = result.nextCursor;
    } while (cursor !== undefined);
    return items;
  }
}

function isResponseTo(frame: Frame, id: number): frame is MessageFrame {
  return frame.kind === "message" && frame.dir === "server->client" && frame.msg.id === id && !("method" in frame.msg);
}

/** The check frames of a session, as "severity rule: message" lines for readable failures. */
export function findings(session: InspectSession) {
  return session.history().filter((f) => f.kind === "check");
}
