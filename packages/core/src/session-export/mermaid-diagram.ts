import type { Frame, MessageFrame, AppFrame } from "../frame";
import { RequestPairer } from "../pairing";
import { messageKind } from "./session-view";

export interface MermaidOptions {
  /** At most this many arrows; the rest is summed up in a note (a diagram of thousands of arrows renders nowhere). */
  maxMessages?: number;
}

export const DEFAULT_MERMAID_MAX = 300;

/**
 * The session's JSON-RPC traffic as a Mermaid `sequenceDiagram`: requests as solid arrows, answers dashed (errors
 * crossed), notifications open. App frames (MCP Apps) talk to the client as the host, from a third participant "App".
 */
export function sessionToMermaid(frames: readonly Frame[], options: MermaidOptions = {}): string {
  const max = options.maxMessages ?? DEFAULT_MERMAID_MAX;
  const traffic = frames.filter((f): f is MessageFrame | AppFrame => f.kind === "message" || f.kind === "app");
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  const clientName = infoName(traffic, "client->server", "clientInfo");
  const serverName = infoName(traffic, "server->client", "serverInfo");
  const lines = ["sequenceDiagram", `  participant C as ${mermaidText(clientName ? `Client ${clientName}` : "Client")}`, `  participant S as ${mermaidText(serverName ? `Server ${serverName}` : "Server")}`];
  if (traffic.some((f) => f.kind === "app")) lines.push("  participant A as App");
  for (const frame of traffic.slice(0, max)) lines.push(`  ${arrow(frame, pairer)}`);
  if (traffic.length > max) lines.push(`  Note over C,S: ${mermaidText(`${traffic.length - max} more messages not shown (of ${traffic.length})`)}`);
  if (traffic.length === 0) lines.push("  Note over C,S: no messages");
  return lines.join("\n") + "\n";
}

function arrow(frame: MessageFrame | AppFrame, pairer: RequestPairer): string {
  const [from, to] = frame.kind === "app" ? (frame.dir === "app->host" ? ["A", "C"] : ["C", "A"]) : frame.dir === "client->server" ? ["C", "S"] : ["S", "C"];
  const msg = frame.msg;
  const id = typeof msg.id === "string" || typeof msg.id === "number" ? ` [${String(msg.id)}]` : "";
  // App frames are not paired (another id space), so they only say what they are.
  const kind = messageKind({ ...frame, kind: "message", dir: "client->server" } as MessageFrame);
  if (kind === "request" || kind === "notification") {
    const name = msg.method === "tools/call" ? toolName(msg) : undefined;
    const label = `${String(msg.method)}${name ? ` ${name}` : ""}${id}`;
    return `${from}${kind === "request" ? "->>" : "-)"}${to}: ${mermaidText(label)}`;
  }
  const ms = frame.kind === "message" ? pairer.get(frame.seq)?.durationMs : undefined;
  const timing = ms !== undefined ? ` (${Math.round(ms)} ms)` : "";
  if (kind === "error") {
    const code = (msg.error as { code?: unknown } | undefined)?.code;
    return `${from}--x${to}: ${mermaidText(`error ${typeof code === "number" ? code : ""}${id}${timing}`)}`;
  }
  return `${from}-->>${to}: ${mermaidText(`${kind === "response" ? "result" : "message"}${id}${timing}`)}`;
}

function toolName(msg: Record<string, unknown>): string | undefined {
  const name = (msg.params as { name?: unknown } | undefined)?.name;
  return typeof name === "string" ? name : undefined;
}

function infoName(frames: readonly (MessageFrame | AppFrame)[], dir: string, key: "clientInfo" | "serverInfo"): string | undefined {
  for (const f of frames) {
    if (f.kind !== "message" || f.dir !== dir) continue;
    const holder = (dir === "client->server" ? f.msg.params : f.msg.result) as Record<string, unknown> | undefined;
    if (!holder || typeof holder !== "object") continue;
    const meta = holder._meta as Record<string, unknown> | undefined;
    const info = (holder[key] ?? meta?.[`io.modelcontextprotocol/${key}`]) as { name?: unknown } | undefined;
    if (info && typeof info.name === "string") return info.name.slice(0, 60);
  }
  return undefined;
}

/**
 * Text Mermaid shows as written: anything beyond plain letters, digits and a few marks becomes an entity code
 * (`#59;`), so a server's method or tool name cannot end the line, start a directive, or inject markup.
 */
export function mermaidText(text: string): string {
  return [...text.replace(/[\r\n\t]+/g, " ")].map((c) => (/^[A-Za-z0-9 _.\-/()\[\],=+*?!@$^~|']$/.test(c) ? c : `#${c.codePointAt(0)};`)).join("").trim() || "#32;";
}
