// One-off: spawns the demo and reference servers over stdio and writes their tools' inputSchemas
// to src/features/forms/__tests__/corpus/<server>.json, the real-world corpus of the schema-form tests.
// Run from the repository root: node apps/web/scripts/dump-tool-schemas.mjs
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const root = process.cwd();
const out = join(root, "apps/web/src/features/forms/__tests__/corpus");
const mod = (name) => join(root, "node_modules/@modelcontextprotocol", name, "dist/index.js");
const servers = {
  demo: ["packages/demo-server/dist/server.js"],
  everything: [mod("server-everything"), "stdio"],
  filesystem: [mod("server-filesystem"), mkdtempSync(join(tmpdir(), "fs-corpus-"))],
  memory: [mod("server-memory")],
};

for (const [name, args] of Object.entries(servers)) {
  const client = new Client({ name: "dump-tool-schemas", version: "0" });
  await client.connect(new StdioClientTransport({ command: process.execPath, args, stderr: "ignore", cwd: root }));
  const tools = [];
  let cursor;
  do {
    const page = await client.listTools({ cursor });
    tools.push(...page.tools);
    cursor = page.nextCursor;
  } while (cursor);
  const schemas = Object.fromEntries(tools.map((tool) => [tool.name, tool.inputSchema]));
  writeFileSync(join(out, `${name}.json`), JSON.stringify(schemas, null, 2) + "\n");
  console.log(`${name}: ${tools.length} tools`);
  await client.close();
}
