import { shellQuote } from "../lib/shell-quote";

/** The exact `tools/call` JSON-RPC request these arguments make. */
export function jsonRpcToolCall(toolName: string, args: unknown, id: number | string = 1): string {
  return JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: toolName, arguments: args } }, null, 2);
}

/** The same call as an `mcp-inspect call` command line against the session's target. */
export function cliToolCall(toolName: string, args: unknown, target: { command: string; args: readonly string[] } | undefined): string {
  const line = ["npx", "mcp-inspect", "call", "tools/call", "--name", toolName, "--args-json", JSON.stringify(args)];
  if (target) line.push("--", target.command, ...target.args);
  return shellQuote(line);
}
