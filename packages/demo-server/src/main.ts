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

// Closed stdin ends the session: exit as soon as in-flight replies are written, or after 1 s if a slow_task still runs.
process.stdin.once("end", () => {
  setTimeout(() => process.exit(0), 1000).unref();
});
