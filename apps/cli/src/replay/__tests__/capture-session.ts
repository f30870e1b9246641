// Records a real session: the v2 Client, in the era asked for, talks to a stdio server through a transport that keeps
// every JSON-RPC message as a session frame (what the inspector's relay would record). Used by the replay and mock
// tests, and by write-captured-sessions.ts to refresh the frames core's unit tests read.
import { Client, type VersionNegotiationMode } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import type { Frame, SessionHeader } from "@mcp-inspect/core";

export interface CapturedSession {
  header: SessionHeader;
  frames: Frame[];
}

export type Drive = (client: Client) => Promise<void>;

/** A person's answers to the server's questions: Oslo, yes, Ada; a sampled text; one root. */
function answerLikeAPerson(client: Client): void {
  client.setRequestHandler("elicitation/create", () => ({ action: "accept", content: { destination: "Oslo", confirm: true, name: "Ada" } }));
  client.setRequestHandler("sampling/createMessage", () => ({ model: "test-model", role: "assistant", content: { type: "text", text: "sampled answer" } }));
  client.setRequestHandler("roots/list", () => ({ roots: [{ uri: "file:///work/project", name: "project" }] }));
}

/** The calls every capture makes: a list, a plain call, a multi-round-trip call, sampling, a read and a prompt. */
export const typicalCalls: Drive = async (client) => {
  await client.listTools();
  await client.callTool({ name: "echo", arguments: { message: "hi" } });
  await client.callTool({ name: "book_trip", arguments: {} });
  await client.callTool({ name: "sample_llm", arguments: { prompt: "Say hi" } });
  await client.readResource({ uri: "demo://readme" });
  await client.getPrompt({ name: "greeting", arguments: { name: "Ada" } });
};

/**
 * The SDK's stdio transport, keeping every message both ways. Being a subclass matters: the v2 Client probes a
 * subclass in place (as it does the inspector's relay transport), so `server/discover` is on the record, where on
 * the base class it would run on a sibling process nobody sees.
 */
class RecordingStdioTransport extends StdioClientTransport {
  constructor(params: ConstructorParameters<typeof StdioClientTransport>[0], keep: (dir: "client->server" | "server->client", msg: unknown) => void) {
    super(params);
    let handler: ((message: never, extra?: never) => void) | undefined;
    Object.defineProperty(this, "onmessage", {
      get: () => handler && ((message: never, extra?: never) => (keep("server->client", message), handler!(message, extra))),
      set: (value: typeof handler) => void (handler = value),
    });
    const send = this.send.bind(this);
    this.send = (message) => (keep("client->server", message), send(message));
  }
}

/** Runs `drive` with a v2 Client connected to `command` in `mode`, and returns the session it produced. */
export async function captureSession(command: string, args: string[], mode: VersionNegotiationMode, drive: Drive = typicalCalls): Promise<CapturedSession> {
  const started = Date.now();
  const frames: Frame[] = [];
  const keep = (dir: "client->server" | "server->client", msg: unknown) =>
    frames.push({ seq: frames.length + 1, t: Date.now() - started, kind: "message", dir, msg: structuredClone(msg) as Record<string, unknown> });
  const recording = new RecordingStdioTransport({ command, args, stderr: "ignore" }, keep);
  const client = new Client(
    { name: "capture", version: "1.0.0" },
    { versionNegotiation: { mode }, capabilities: { elicitation: { form: {} }, sampling: {}, roots: {} } },
  );
  answerLikeAPerson(client);
  try {
    await client.connect(recording);
    await drive(client);
  } finally {
    await client.close();
  }
  const header: SessionHeader = {
    format: "mcp-inspect-session",
    version: 1,
    id: `captured-${typeof mode === "string" ? mode : mode.pin}`,
    target: { type: "stdio", command, args, cwd: ".", envKeys: [] },
    inspector: { name: "mcp-inspect", version: "test" },
    startedAt: new Date(started).toISOString(),
  };
  return { header, frames };
}
