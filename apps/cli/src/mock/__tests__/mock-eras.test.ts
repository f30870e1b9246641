// `mcp-inspect mock` serves a recording in the era it was made in: the v2 Client in auto mode finds 2026-07-28 on a
// modern recording (server/discover) and falls back to initialize on a legacy one. Needs the built CLI (dist/cli.js).
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { serializeSessionLine } from "@mcp-inspect/core";
import { fixtureFromSession } from "@mcp-inspect/core/fixture";
import { beforeAll, describe, expect, it } from "vitest";
import { captureSession, type CapturedSession } from "../../replay/__tests__/capture-session";
import { createMockResponder } from "../mock-server";

const CLI = fileURLToPath(new URL("../../../dist/cli.js", import.meta.url));
const SERVER_V2 = fileURLToPath(new URL("../../../../../packages/demo-server/dist/server-v2.js", import.meta.url));

let modern: CapturedSession;
let files: { modern: string; legacy: string };
beforeAll(async () => {
  for (const file of [CLI, SERVER_V2]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), "mcpi-mock-eras-"));
  const save = (name: string, session: CapturedSession) => {
    writeFileSync(join(dir, name), [session.header, ...session.frames].map(serializeSessionLine).join(""));
    return join(dir, name);
  };
  modern = await captureSession(process.execPath, [SERVER_V2], { pin: "2026-07-28" });
  files = { modern: save("modern.jsonl", modern), legacy: save("legacy.jsonl", await captureSession(process.execPath, [SERVER_V2], "legacy")) };
}, 60_000);

/** A v2 Client in auto mode on `mcp-inspect mock <file>`, answering the server's questions as the recording did. */
async function connect(file: string, extra: string[] = []): Promise<Client> {
  const client = new Client({ name: "mock-user", version: "1.0.0" }, { versionNegotiation: { mode: "auto" }, capabilities: { elicitation: { form: {} }, sampling: {}, roots: {} } });
  client.setRequestHandler("elicitation/create", () => ({ action: "accept", content: { destination: "Oslo", confirm: true, name: "Ada" } }));
  client.setRequestHandler("sampling/createMessage", () => ({ model: "test-model", role: "assistant", content: { type: "text", text: "sampled answer" } }));
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, "mock", file, ...extra], stderr: "ignore" }));
  return client;
}

describe("mcp-inspect mock in the recorded era", { timeout: 60_000 }, () => {
  it("a 2026-07-28 recording answers server/discover: auto finds the modern era, and a multi-round-trip call completes", async () => {
    const client = await connect(files.modern);
    try {
      expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
      expect(client.getServerVersion()?.name).toBe("mcp-inspect-demo-v2");
      const trip = await client.callTool({ name: "book_trip", arguments: {} });
      expect(trip.structuredContent).toEqual({ booked: true, destination: "Oslo" });
      expect((await client.callTool({ name: "echo", arguments: { message: "hi" } })).content).toEqual([{ type: "text", text: "hi" }]);
    } finally {
      await client.close();
    }
  });

  it("a 2025-11-25 recording refuses server/discover as a legacy server does: auto falls back to initialize", async () => {
    const client = await connect(files.legacy);
    try {
      expect(client.getProtocolEra()).toBe("legacy");
      expect(client.getNegotiatedProtocolVersion()).toBe("2025-11-25");
      expect((await client.callTool({ name: "book_trip", arguments: {} })).structuredContent).toEqual({ booked: true, destination: "Oslo" });
    } finally {
      await client.close();
    }
  });

  it("--protocol serves another revision of the recorded era", async () => {
    const client = await connect(files.legacy, ["--protocol", "2025-06-18"]);
    try {
      // The v2 Client offers 2025-11-25; the mock answers with the revision it was told to serve, and the client accepts it.
      expect(client.getNegotiatedProtocolVersion()).toBe("2025-06-18");
    } finally {
      await client.close();
    }
  });

  it("refuses initialize and another revision in the envelope on a 2026-07-28 recording, saying which it serves", () => {
    const respond = createMockResponder(fixtureFromSession(modern.header, modern.frames), { era: "modern", version: "2026-07-28" });
    expect(respond({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-11-25" } })?.error).toMatchObject({
      code: -32022,
      message: "this mock serves a recording made in 2026-07-28: open with server/discover and put that revision in each request's _meta",
      data: { requested: "2025-11-25", supported: ["2026-07-28"] },
    });
    const asked = { jsonrpc: "2.0", id: 2, method: "tools/list", params: { _meta: { "io.modelcontextprotocol/protocolVersion": "2027-01-01" } } };
    expect(respond(asked)?.error).toMatchObject({ code: -32022, data: { requested: "2027-01-01" } });
  });
});
