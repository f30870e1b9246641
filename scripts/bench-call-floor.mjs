// The floor for `mcp-inspect call`: the least any client can do for one tool call, i.e. node starts,
// spawns the server, initializes it, calls the tool and exits, with the SDK and nothing else.
// Run by scripts/bench.mjs as its own process, exactly as `mcp-inspect call` is.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [server] = process.argv.slice(2);
const client = new Client({ name: "bench-floor", version: "1.0.0" });
await client.connect(new StdioClientTransport({ command: process.execPath, args: [server], stderr: "ignore" }));
await client.callTool({ name: "echo", arguments: { message: "hi" } });
await client.close();
