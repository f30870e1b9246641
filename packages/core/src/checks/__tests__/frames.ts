import type { Frame, JsonRpcMessage } from "../../frame";
import { createProtocolChecker } from "../create-protocol-checker";
import { createSchemaValidator } from "../schema-validator";
import type { Finding, ProtocolCheckerOptions } from "../types";

/** Hand-built frames for checker tests: numbered in order, timed by the caller. */
export class Script {
  readonly frames: Frame[] = [];
  t = 0;

  client(msg: JsonRpcMessage): this {
    return this.push({ kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", ...msg } });
  }

  server(msg: JsonRpcMessage): this {
    return this.push({ kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", ...msg } });
  }

  raw(frame: Record<string, unknown>): this {
    return this.push(frame);
  }

  /** initialize, its result, initialized: a session ready to use. */
  handshake(capabilities: Record<string, unknown> = { tools: {} }, protocolVersion = "2025-06-18", clientCapabilities: Record<string, unknown> = {}): this {
    this.client({ id: 0, method: "initialize", params: { protocolVersion, capabilities: clientCapabilities, clientInfo: { name: "t", version: "1" } } });
    this.server({ id: 0, result: { protocolVersion, capabilities, serverInfo: { name: "s", version: "1" } } });
    return this.client({ method: "notifications/initialized" });
  }

  /** A 2026-07-28 client request: the `_meta` envelope the revision requires, plus `meta`. */
  modern(msg: JsonRpcMessage, meta: Record<string, unknown> = {}): this {
    const params = (msg.params ?? {}) as Record<string, unknown>;
    return this.client({ ...msg, params: { ...params, _meta: { ...envelope(), ...meta } } });
  }

  /** server/discover and its answer: a modern session with these server capabilities. */
  discover(capabilities: Record<string, unknown> = { tools: {} }): this {
    this.modern({ id: "d", method: "server/discover" });
    return this.server({ id: "d", result: { resultType: "complete", supportedVersions: ["2026-07-28"], capabilities, ttlMs: 0, cacheScope: "public" } });
  }

  at(t: number): this {
    this.t = t;
    return this;
  }

  private push(frame: Record<string, unknown>): this {
    this.frames.push({ seq: this.frames.length + 1, t: this.t, ...frame } as Frame);
    return this;
  }
}

const validator = createSchemaValidator();

/** Every finding of a script, finish() included; with the schema validator unless told otherwise. */
export function check(script: Script, options: ProtocolCheckerOptions = { validator }): Finding[] {
  const checker = createProtocolChecker(options);
  return [...script.frames.flatMap((frame) => checker.check(frame)), ...checker.finish()];
}

export function ruleIds(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}

export const echoTool = { name: "echo", description: "Echo", inputSchema: { type: "object", properties: { text: { type: "string" } } } };

/** The per-request `_meta` of 2026-07-28, as the v2 SDK Client sends it. */
export function envelope(caps: Record<string, unknown> = { elicitation: { form: {} } }): Record<string, unknown> {
  return {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientInfo": { name: "t", version: "1" },
    "io.modelcontextprotocol/clientCapabilities": caps,
  };
}
