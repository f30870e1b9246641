import { expect, it } from "vitest";
import type { Frame } from "../../frame";
import { createProtocolChecker } from "../create-protocol-checker";
import { createSchemaValidator } from "../schema-validator";

// Runs on every frame of the relay: measure, print, but do not assert a time (CI machines vary).
it("checks 20,000 small frames (with the wire schema) quickly", () => {
  const checker = createProtocolChecker({ validator: createSchemaValidator() });
  const frames: Frame[] = [];
  let seq = 0;
  const push = (dir: "client->server" | "server->client", msg: Record<string, unknown>) => frames.push({ seq: ++seq, t: seq, kind: "message", dir, msg: { jsonrpc: "2.0", ...msg } });
  push("client->server", { id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "b", version: "1" } } });
  push("server->client", { id: 0, result: { protocolVersion: "2025-06-18", capabilities: { tools: {}, logging: {} }, serverInfo: { name: "s", version: "1" } } });
  push("client->server", { method: "notifications/initialized" });
  for (let i = 1; frames.length < 20_000; i++) {
    push("client->server", { id: i, method: "tools/call", params: { name: "echo", arguments: { text: `hi ${i}` } } });
    push("server->client", { method: "notifications/message", params: { level: "info", data: `call ${i}` } });
    push("server->client", { id: i, result: { content: [{ type: "text", text: `hi ${i}` }] } });
  }
  const started = performance.now();
  let findings = 0;
  for (const frame of frames) findings += checker.check(frame).length;
  const ms = performance.now() - started;
  console.log(`checked ${frames.length} frames in ${ms.toFixed(0)} ms (${((ms * 1000) / frames.length).toFixed(1)} µs/frame)`);
  expect(findings).toBe(0);
});
