// The protocol checks on a real dual-era server (the v2 demo server), driven by the v2 SDK Client in each era:
// an ordinary session raises no finding at all, so every 2026-07-28 rule is quiet where the spec is kept.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Frame, FrameInput } from "@mcp-inspect/core";
import type { Finding } from "@mcp-inspect/core/checks";
import { createFullProtocolChecker } from "@mcp-inspect/core/checks/wire";
import { createDualEraApp, createDualEraDemoServer } from "@mcp-inspect/demo-server/dual-era";
import { Client, StreamableHTTPClientTransport, type Transport, type VersionNegotiationMode } from "@modelcontextprotocol/client";
import { createMcpHandler } from "@modelcontextprotocol/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createObservedFetch } from "../observed-fetch";
import type { InspectSession } from "../session";
import { SessionTransport } from "../session-transport";
import { checkedSession, findings } from "./scripted-client";

const SERVER_V2 = fileURLToPath(new URL("../../../demo-server/dist/server-v2.js", import.meta.url));
const SERVER_V1 = fileURLToPath(new URL("../../../demo-server/dist/server.js", import.meta.url));
const TIMEOUT_MS = 30_000;

let session: InspectSession | undefined;
const clients: Client[] = [];
beforeAll(() => {
  if (!existsSync(SERVER_V2)) throw new Error(`${SERVER_V2} is missing: build packages/demo-server first`);
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close().catch(() => {});
  await session?.stop();
  session = undefined;
});

/** A v2 Client that answers the demo's elicitations like a person would (and sampling and roots, when asked). */
function newClient(mode: VersionNegotiationMode, capabilities: Record<string, unknown> = { elicitation: { form: {} } }): Client {
  const client = new Client({ name: "checks-test", version: "1.0.0" }, { versionNegotiation: { mode }, capabilities });
  client.setRequestHandler("elicitation/create", () => ({ action: "accept", content: { destination: "Oslo", confirm: true, name: "Ada" } }));
  // The SDK takes a handler only for a declared capability.
  if (capabilities.sampling) client.setRequestHandler("sampling/createMessage", () => ({ model: "m", role: "assistant", content: { type: "text", text: "hi" } }));
  if (capabilities.roots) client.setRequestHandler("roots/list", () => ({ roots: [{ uri: "file:///work", name: "work" }] }));
  clients.push(client);
  return client;
}

/** What a person does in the inspector: every list, calls (a multi-round-trip one too), reads, a prompt. */
async function exercise(client: Client): Promise<void> {
  await client.listTools();
  expect((await client.callTool({ name: "add", arguments: { a: 2, b: 3 } })).structuredContent).toEqual({ sum: 5 });
  expect((await client.callTool({ name: "book_trip", arguments: {} })).structuredContent).toEqual({ booked: true, destination: "Oslo" });
  await client.callTool({ name: "ask_user", arguments: { message: "Who are you?" } });
  await client.callTool({ name: "protocol_info", arguments: {} });
  await client.listResources();
  await client.listResourceTemplates();
  await client.readResource({ uri: "demo://readme" });
  await client.readResource({ uri: "demo://counter" });
  await client.listPrompts();
  await client.getPrompt({ name: "greeting", arguments: { name: "Ada" } });
}

/** The dual-era bundle over stdio in an InspectSession with every check on, the v2 Client over the session. */
async function overStdio(mode: VersionNegotiationMode, capabilities?: Record<string, unknown>): Promise<Client> {
  session = checkedSession(process.execPath, [SERVER_V2]);
  session.start();
  const client = newClient(mode, capabilities);
  // SessionTransport speaks the 1.x Transport shape, which the v2 Client takes as it is.
  await client.connect(new SessionTransport(session) as unknown as Transport);
  return client;
}

async function stdioFindings(): Promise<Finding[]> {
  for (const client of clients.splice(0)) await client.close();
  await session!.stop();
  return findings(session!);
}

describe("the dual-era demo server over stdio, every frame checked", { timeout: TIMEOUT_MS }, () => {
  it("2026-07-28 (auto: server/discover, _meta on every request, input_required rounds): no finding", async () => {
    const client = await overStdio("auto");
    expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
    await exercise(client);
    const updated = new Promise((resolve) => client.setNotificationHandler("notifications/resources/updated", resolve));
    const listen = await client.listen({ resourceSubscriptions: ["demo://counter"], toolsListChanged: true });
    await client.callTool({ name: "touch_resource", arguments: {} });
    await updated; // delivered on the listen stream, tagged with its subscription id
    await listen.close();
    expect(await stdioFindings()).toEqual([]);
  });

  it("2025-11-25 (legacy: initialize, server-to-client elicitation): no finding", async () => {
    const client = await overStdio("legacy");
    expect(client.getNegotiatedProtocolVersion()).toBe("2025-11-25");
    await exercise(client);
    expect(await stdioFindings()).toEqual([]);
  });

  it("auto against the legacy-only 1.x demo server: the discover probe fails, initialize follows, no protocol finding", async () => {
    session = checkedSession(process.execPath, [SERVER_V1]);
    session.start();
    const client = newClient("auto");
    await client.connect(new SessionTransport(session) as unknown as Transport);
    expect(client.getProtocolEra()).toBe("legacy");
    await client.listTools();
    await client.callTool({ name: "echo", arguments: { message: "hi" } });
    // The 1.x demo lists a tool with client-compatibility lint on purpose (compat/*); nothing else may show.
    expect((await stdioFindings()).filter((f) => !f.rule.startsWith("compat/"))).toEqual([]);
  });

  it("2026-07-28 with sampling and roots: the deprecations only, as info", async () => {
    const client = await overStdio("auto", { elicitation: { form: {} }, sampling: {}, roots: {} });
    await client.callTool({ name: "sample_llm", arguments: { prompt: "Say hi" } });
    await client.callTool({ name: "list_roots", arguments: {} });
    expect((await stdioFindings()).map((f) => [f.rule, f.severity])).toEqual([
      ["deprecated/sampling", "info"],
      ["deprecated/roots", "info"],
    ]);
  });
});

/**
 * The dual-era factory over Streamable HTTP, in process: the client's fetch goes through the backend's observing fetch
 * to the handler, and its messages and the http frames go to the checker in the order a session records them.
 */
async function overHttp(tamper?: (headers: Headers) => void) {
  const app = createDualEraApp();
  const handler = createMcpHandler((ctx) => createDualEraDemoServer(ctx, app));
  app.notifier = handler.notify;
  const frames: Frame[] = [];
  const push = (input: FrameInput) => void frames.push({ ...input, seq: frames.length + 1, t: 0 } as Frame);
  const toHandler = (url: string | URL, init?: RequestInit) => handler.fetch(new Request(url, init));
  const observed = createObservedFetch({ emit: push, userHeaders: new Set(), messageUrl: "http://127.0.0.1/mcp", fetch: toHandler });
  // Between the client and the backend: what a misbehaving client (or proxy in front of the backend) sends.
  const sent = (url: string | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    tamper?.(headers);
    return observed(url, { ...init, headers });
  };
  const transport = recording(new StreamableHTTPClientTransport(new URL("http://127.0.0.1/mcp"), { fetch: sent }), push);
  const client = newClient("auto");
  await client.connect(transport);
  const check = () => {
    const checker = createFullProtocolChecker();
    return [...frames.flatMap((frame) => checker.check(frame)), ...checker.finish()];
  };
  return { client, frames, check };
}

/** The transport, with each message it sends and receives recorded as a message frame. */
function recording(inner: Transport, push: (input: FrameInput) => void): Transport {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === "send") {
        return (message: Record<string, unknown>, options?: unknown) => {
          push({ kind: "message", dir: "client->server", msg: message });
          return target.send(message as Parameters<Transport["send"]>[0], options as Parameters<Transport["send"]>[1]);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(target, prop, value: unknown) {
      if (prop === "onmessage" && typeof value === "function") {
        target.onmessage = (message, extra) => {
          push({ kind: "message", dir: "server->client", msg: message as Record<string, unknown> });
          (value as NonNullable<Transport["onmessage"]>)(message, extra);
        };
        return true;
      }
      return Reflect.set(target, prop, value, target);
    },
  });
}

describe("the dual-era factory over Streamable HTTP, headers and bodies checked", { timeout: TIMEOUT_MS }, () => {
  it("2026-07-28: the Mcp-* headers are recorded and agree with every body; no finding", async () => {
    const { client, frames, check } = await overHttp();
    expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
    await exercise(client);
    const call = frames.find((f) => f.kind === "http" && f.event === "response" && f.requestHeaders["mcp-name"] === "book_trip");
    expect(call).toMatchObject({ requestHeaders: { "mcp-method": "tools/call", "mcp-protocol-version": "2026-07-28" }, requestId: expect.anything() });
    expect(check()).toEqual([]);
  });

  it("a client whose Mcp-Name disagrees with the body: the server refuses with HeaderMismatch and the check names the header", async () => {
    const { client, check } = await overHttp((headers) => {
      if (headers.get("mcp-name") === "add") headers.set("mcp-name", "echo");
    });
    await expect(client.callTool({ name: "add", arguments: { a: 1, b: 1 } })).rejects.toThrow();
    // The SDK re-lists the tools and retries once on HeaderMismatch: each POST is named.
    const found = check();
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => `${f.rule} ${f.path} ${f.message.replace(/\(id .*?\)/, "")}`))).toEqual(
      new Set(['http/header-mismatch /requestHeaders/mcp-name POST of tools/call : mcp-name "echo" but params.name is "add"']),
    );
  });
});
