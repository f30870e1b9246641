// stdio entry point: what `node dist/server.js` runs. Only JSON-RPC may reach stdout; everything human goes to stderr.
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createDemoServer } from "./create-demo-server.js";
import { parsePageSize } from "./options.js";

let pageSize: number | undefined;
try {
  pageSize = parsePageSize(process.argv.slice(2), process.env);
} catch (error) {
  process.stderr.write(`mcp-inspect demo server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}

const server = createDemoServer({ pageSize });
await server.connect(new StdioServerTransport());
process.stderr.write("mcp-inspect demo server ready on stdio\n");

// The client closing our stdin means the session is over, even if a slow_task timer is still pending.
process.stdin.once("end", () => {
  void server.close().finally(() => process.exit(0));
});
