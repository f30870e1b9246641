import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { InspectSession } from "../session";
import { SessionTransport } from "../session-transport";
import { createStdioTarget } from "../stdio-target";
import { nodeScriptSession, testHeader } from "./fixtures";

const demoServer = join(fileURLToPath(new URL(".", import.meta.url)), "../../../demo-server/dist/server.js");

let session: InspectSession | undefined;
afterEach(() => session?.stop());

function demoSession(): InspectSession {
  const s = new InspectSession({ header: testHeader([demoServer]) });
  s.attach((emit) => createStdioTarget({ command: process.execPath, args: [demoServer], cwd: process.cwd(), env: process.env, killGraceMs: 500 }, emit));
  return s;
}

describe("SessionTransport", () => {
  it("drives an SDK Client through the session, so every message is a frame", async () => {
    session = demoSession();
    session.start();
    const client2 = new Client({ name: "test", version: "1" });
    await client2.connect(new SessionTransport(session), { timeout: 10_000 });
    const tools = await client2.listTools();
    expect(tools.tools.length).toBeGreaterThan(0);
    const methods = session.history().flatMap((f) => (f.kind === "message" && f.dir === "client->server" ? [f.msg.method] : []));
    expect(methods).toEqual(expect.arrayContaining(["initialize", "notifications/initialized", "tools/list"]));
    const answers = session.history().filter((f) => f.kind === "message" && f.dir === "server->client");
    expect(answers.length).toBeGreaterThanOrEqual(2);
    await client2.close();
  });

  it("closes when the server exits, so pending requests fail at once instead of timing out", async () => {
    ({ session } = nodeScriptSession("process.stdin.once('data', () => process.exit(3))"));
    const transport = new SessionTransport(session);
    let closed = 0;
    transport.onclose = () => closed++;
    await transport.start();
    session.start();
    await new Promise((r) => setTimeout(r, 200));
    await transport.send({ jsonrpc: "2.0", id: 1, method: "ping" });
    await expect.poll(() => closed).toBe(1);
    await expect(transport.send({ jsonrpc: "2.0", id: 2, method: "ping" })).rejects.toThrow("closed");
    await transport.close();
    expect(closed).toBe(1);
  });

  it("rejects a send when no server is running", async () => {
    ({ session } = nodeScriptSession("process.stdin.resume()"));
    const transport = new SessionTransport(session);
    await transport.start();
    await expect(transport.send({ jsonrpc: "2.0", id: 1, method: "ping" })).rejects.toThrow("not running");
  });
});
