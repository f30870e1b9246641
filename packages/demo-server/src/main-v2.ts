// Entry of the dual-era demo server: what `node dist/server-v2.js` runs. On stdio (the default) serveStdio reads the
// opening message and pins the connection to an era: server/discover (2026-07-28) or initialize (2025). Only JSON-RPC
// reaches stdout. With `--http <port>` it serves Streamable HTTP on 127.0.0.1 instead (see http-v2.ts).
import { serveStdio } from "@modelcontextprotocol/server/stdio";
import { createDualEraApp, createDualEraDemoServer } from "./dual-era/index.js";
import { serveDemoHttp } from "./http-v2.js";

const httpAt = process.argv.indexOf("--http");
if (httpAt >= 0) {
  const port = Number(process.argv[httpAt + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write("usage: server-v2.js --http <port> (0 = any free port)\n");
    process.exit(2);
  }
  const served = await serveDemoHttp(port);
  // The one line a script or test reads to find the server (port 0 picks one).
  process.stderr.write(`mcp-inspect dual-era demo server listening on ${served.url}\n`);
  const stop = () => void served.close().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} else {
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
}
