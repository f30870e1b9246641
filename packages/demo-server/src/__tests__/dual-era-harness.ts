// Drives the built dual-era server (dist/server-v2.js) over real stdio: with the v2 Client in either era, with the 1.x
// Client, or with raw newline-delimited JSON-RPC to see the wire itself. Needs `npm run build` first.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Client, type VersionNegotiationMode } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import type { ConnectedMcpSessionPort, JsonRpcResponse } from "@modelcontextprotocol/ext-tasks/client";

export const SERVER_V2 = fileURLToPath(new URL("../../dist/server-v2.js", import.meta.url));

/** Per test and per wait: a spawned bundle (two with `auto`, whose probe runs on a sibling) starts slowly on a busy machine. */
export const SPAWN_TIMEOUT_MS = 30_000;

/** Fails (rather than skips) when the bundle is missing: turbo builds before test:unit, so a gap is a real defect. */
export function requireBuiltServer(): void {
  if (!existsSync(SERVER_V2)) throw new Error(`${SERVER_V2} is missing. Run \`npm run build\` in packages/demo-server first.`);
}

/** What the client was asked and told while connected: the person's side of multi-round-trip calls, and notifications. */
export interface Recorded {
  elicitations: string[];
  samplings: number;
  rootsLists: number;
  updatedUris: string[];
  toolListChanges: number;
  resourceListChanges: number;
  logs: { level: string; data: unknown }[];
}

/** A v2 Client that answers elicitation (destination Oslo, confirm yes, a name), sampling and roots like a person would. */
export async function connectV2(mode: VersionNegotiationMode): Promise<{ client: Client; seen: Recorded }> {
  const seen: Recorded = { elicitations: [], samplings: 0, rootsLists: 0, updatedUris: [], toolListChanges: 0, resourceListChanges: 0, logs: [] };
  const client = new Client(
    { name: "dual-era-test", version: "1.0.0" },
    { versionNegotiation: { mode }, capabilities: { elicitation: { form: {} }, sampling: {}, roots: {} } },
  );
  // One registration per kind answers both the 2026-07-28 embedded input requests and the 2025 server->client requests.
  client.setRequestHandler("elicitation/create", (request) => {
    seen.elicitations.push(request.params.message);
    return { action: "accept", content: { destination: "Oslo", confirm: true, name: "Ada" } };
  });
  client.setRequestHandler("sampling/createMessage", () => {
    seen.samplings++;
    return { model: "test-model", role: "assistant", content: { type: "text", text: "sampled answer" } };
  });
  client.setRequestHandler("roots/list", () => {
    seen.rootsLists++;
    return { roots: [{ uri: "file:///work/project", name: "project" }] };
  });
  client.setNotificationHandler("notifications/resources/updated", (n) => void seen.updatedUris.push(n.params.uri));
  client.setNotificationHandler("notifications/tools/list_changed", () => void seen.toolListChanges++);
  client.setNotificationHandler("notifications/resources/list_changed", () => void seen.resourceListChanges++);
  client.setNotificationHandler("notifications/message", (n) => void seen.logs.push({ level: n.params.level, data: n.params.data }));
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [SERVER_V2], stderr: "pipe" }));
  return { client, seen };
}

/** The bundle over raw stdio: send JSON-RPC lines, await the response to an id, keep every notification. */
export class RawSession {
  readonly notifications: { method: string; params?: Record<string, unknown> }[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number | string, (message: Record<string, unknown>) => void>();

  constructor() {
    this.child = spawn(process.execPath, [SERVER_V2], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.resume();
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      const message = JSON.parse(line) as Record<string, unknown>;
      const id = message["id"] as number | string | undefined;
      if (id !== undefined && ("result" in message || "error" in message)) this.waiting.get(id)?.(message);
      else this.notifications.push(message as RawSession["notifications"][number]);
    });
  }

  request(id: number | string, method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const answered = new Promise<Record<string, unknown>>((resolve) => this.waiting.set(id, resolve));
    this.child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id, method, params })}\n`);
    return answered;
  }

  close(): void {
    this.child.stdin.end();
    this.child.kill();
  }
}

/** The 2026-07-28 per-request envelope a client puts in every request's _meta. */
export function envelope(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientInfo": { name: "raw-test", version: "1.0.0" },
    "io.modelcontextprotocol/clientCapabilities": { elicitation: { form: {} } },
    ...extra,
  };
}

/**
 * An ext-tasks session port over a raw session. The v2 Client's wire codec refuses `resultType: "task"`, so the
 * extension package asks its host for a raw request path; over stdio that is simply these JSON-RPC lines.
 */
export function rawTasksPort(session: RawSession, capabilities: Record<string, unknown>): ConnectedMcpSessionPort {
  let next = 0;
  return {
    endpointId: "dual-era-demo",
    taskCapabilities: { generation: "v2", capabilities: {} },
    invalidated: false,
    async dispatch(request) {
      const { method, params } = request as { method: string; params?: Record<string, unknown> };
      const meta = envelope({ "io.modelcontextprotocol/clientCapabilities": capabilities, ...(params?.["_meta"] as object) });
      const answer = await session.request(`tasks-${next++}`, method, { ...params, _meta: meta });
      return (answer["error"] ? { kind: "error", error: answer["error"] } : { kind: "result", result: answer["result"] }) as JsonRpcResponse;
    },
    onServerRequest: () => () => {},
    onNotification: () => () => {},
    onInvalidated: () => () => {},
  };
}
