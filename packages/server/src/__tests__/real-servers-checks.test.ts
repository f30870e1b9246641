import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { InspectSession } from "../session";
import { checkedSession, findings, ScriptedClient } from "./scripted-client";

const require = createRequire(import.meta.url);
const demo = fileURLToPath(new URL("../../../demo-server/dist/server.js", import.meta.url));
/** The reference servers' entry points, from the root node_modules (installed for e2e). */
const reference = (name: string) => join(dirname(require.resolve(`@modelcontextprotocol/${name}/package.json`)), "dist/index.js");

/** Each real server, and a couple of harmless calls that exercise results (structuredContent included). */
/** The app servers export no package.json: they sit in the root node_modules (installed for e2e). */
const appServer = (name: string) => fileURLToPath(new URL(`../../../../node_modules/@modelcontextprotocol/${name}/dist/index.js`, import.meta.url));
const pdf = fileURLToPath(new URL("../../../../e2e/fixtures/two-pages.pdf", import.meta.url));
const SERVERS: { name: string; args: () => string[]; calls: [string, Record<string, unknown>][]; reads?: string[] }[] = [
  { name: "demo server", args: () => [demo], calls: [["echo", { message: "hi" }], ["add", { a: 1, b: 2 }], ["get_image", {}], ["get_resource_links", {}], ["fail", { message: "x" }]] },
  { name: "server-everything", args: () => [reference("server-everything"), "stdio"], calls: [["echo", { message: "hi" }], ["get-sum", { a: 1, b: 2 }], ["get-structured-content", { location: "New York" }], ["get-tiny-image", {}]] },
  { name: "server-memory", args: () => [reference("server-memory")], calls: [["read_graph", {}], ["search_nodes", { query: "x" }]] },
  { name: "server-filesystem", args: () => [reference("server-filesystem"), mkdtempSync(join(tmpdir(), "mcp-fs-"))], calls: [["list_allowed_directories", {}]] },
  // MCP App servers (io.modelcontextprotocol/ui): their tools' apps are read, so the apps/ rules see real resources.
  { name: "server-basic-react", args: () => [appServer("server-basic-react"), "--stdio"], calls: [["get-time", {}]], reads: ["ui://get-time/mcp-app.html"] },
  { name: "server-pdf", args: () => [appServer("server-pdf"), "--stdio", pdf], calls: [["list_pdfs", {}]], reads: ["ui://pdf-viewer/mcp-app.html"] },
];

let session: InspectSession | undefined;
afterEach(() => session?.stop());

describe("real servers produce no error findings", () => {
  for (const server of SERVERS) {
    for (const version of ["2025-06-18", "2025-11-25"]) {
      it(`${server.name}, offering ${version}`, async () => {
        session = checkedSession(process.execPath, server.args());
        const client = new ScriptedClient(session);
        session.start();
        const init = await client.initialize(version);
        const caps = ((init?.result ?? {}) as { capabilities?: Record<string, unknown> }).capabilities ?? {};
        expect(caps).toBeTruthy();
        if (caps.tools) await client.listAll("tools/list", "tools");
        if (caps.prompts) await client.listAll("prompts/list", "prompts");
        if (caps.resources) {
          await client.listAll("resources/list", "resources");
          await client.listAll("resources/templates/list", "resourceTemplates");
        }
        for (const [name, args] of server.calls) await client.request("tools/call", { name, arguments: args });
        for (const uri of server.reads ?? []) await client.request("resources/read", { uri });
        await client.request("ping");
        await session.stop();
        const errors = findings(session).filter((f) => f.severity === "error");
        expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
        // Warnings and info are allowed where justified (see the report); none of them may be internal.
        expect(findings(session).filter((f) => f.rule === "internal/checker-error")).toEqual([]);
      }, 20_000);
    }
  }

  it("while the demo's bad_structured_output tool is flagged, as it means to be", async () => {
    session = checkedSession(process.execPath, [demo]);
    const client = new ScriptedClient(session);
    session.start();
    await client.initialize();
    await client.listAll("tools/list", "tools");
    await client.request("tools/call", { name: "bad_structured_output", arguments: {} });
    await session.stop();
    expect(findings(session).filter((f) => f.severity === "error")).toMatchObject([{ rule: "tools/structured-content-mismatch", path: "/result/structuredContent/sum" }]);
  });
});
