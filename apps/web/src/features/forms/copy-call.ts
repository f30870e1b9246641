import { shellQuote } from "../../ui/shell-quote";

/** The exact `tools/call` JSON-RPC request these arguments make. */
export function jsonRpcToolCall(toolName: string, args: unknown, id: number | string = 1): string {
  return JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: toolName, arguments: args } }, null, 2);
}

/** What a copied call runs against: a stdio command line, or a remote server's URL. */
export type CallTarget = { type?: "stdio"; command: string; args: readonly string[] } | { type: "http"; url: string; transport: string };

/** The same call as an `mcp-inspect call` command line against the session's target. */
export function cliToolCall(toolName: string, args: unknown, target: CallTarget | undefined): string {
  const line = ["npx", "mcp-inspect", "call", "tools/call", "--name", toolName, "--args-json", JSON.stringify(args)];
  // Header values are never known to the UI: a remote call needs its --header flags added by hand.
  if (target?.type === "http") line.push("--url", target.url, ...(target.transport === "sse" ? ["--transport", "sse"] : []));
  else if (target) line.push("--", target.command, ...target.args);
  return shellQuote(line);
}
