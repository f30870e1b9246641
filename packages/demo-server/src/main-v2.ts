// stdio entry of the dual-era demo server: what `node dist/server-v2.js` runs. serveStdio reads the opening message and
// pins the connection to an era: server/discover (2026-07-28) or initialize (2025). Only JSON-RPC reaches stdout.
import { serveStdio } from "@modelcontextprotocol/server/stdio";
import { createDualEraApp, createDualEraDemoServer } from "./dual-era/index.js";

const app = createDualEraApp();
const handle = serveStdio((ctx) => createDualEraDemoServer(ctx, app), {
  onerror: (error) => process.stderr.write(`mcp-inspect dual-era demo server: ${error.message}\n`),
});
process.stderr.write("mcp-inspect dual-era demo server ready on stdio\n");

// Closed stdin ends the session (the transport closes itself); exit even if a timer or a request still holds the loop.
process.stdin.once("end", () => {
  void handle.close();
  setTimeout(() => process.exit(0), 1000).unref();
});
