// Connects an SDK Client to an in-process demo server and records what the server sends unprompted.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import {
  LoggingMessageNotificationSchema,
  ResourceUpdatedNotificationSchema,
  ToolListChangedNotificationSchema,
  type CallToolResult,
  type ClientCapabilities,
  type LoggingMessageNotification,
} from "@modelcontextprotocol/sdk/types.js";
import { createDemoServer } from "../create-demo-server.js";
import type { DemoServerOptions } from "../options.js";

export interface Harness {
  client: Client;
  logs: LoggingMessageNotification["params"][];
  updatedUris: string[];
  toolListChanges: number;
  stdout: string[];
  stderr: string[];
  exitCodes: number[];
  close(): Promise<void>;
}

export async function connect(
  options: DemoServerOptions = {},
  capabilities: ClientCapabilities = {},
  beforeConnect?: (client: Client) => void,
): Promise<Harness> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCodes: number[] = [];
  const server = createDemoServer({
    stdout: { write: (text) => stdout.push(text) },
    stderr: {
      write: (text, done) => {
        stderr.push(text);
        done?.();
      },
    },
    exit: (code) => exitCodes.push(code),
    ...options,
  });
  const client = new Client({ name: "demo-server-test", version: "1.0.0" }, { capabilities });
  const harness: Harness = {
    client,
    logs: [],
    updatedUris: [],
    toolListChanges: 0,
    stdout,
    stderr,
    exitCodes,
    close: () => client.close(),
  };
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void harness.logs.push(n.params));
  client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => void harness.updatedUris.push(n.params.uri));
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => void harness.toolListChanges++);
  beforeConnect?.(client);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  await client.connect(clientTransport);
  return harness;
}

/** Polls until the condition holds; notifications arrive asynchronously. */
export async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("waitFor: condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The text of every text block in a tool result, joined by newlines. */
export function textOf(result: unknown): string {
  const content = (result as CallToolResult).content;
  return content.flatMap((block) => (block.type === "text" ? [block.text] : [])).join("\n");
}

/** tools/call narrowed to the current result shape (the SDK's return type also allows the legacy one). */
export async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}
