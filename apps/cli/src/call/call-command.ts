import { maskUrl } from "@mcp-inspect/core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { buildCallParams, type CallFlags } from "./call-request";
import { applyConfigFile, type ConfigurableFlags } from "../config/config-file-flags";
import { connectRemote } from "../target/remote-connect";
import { envFromFlags, remoteFromFlags, resolveCwd, type RemoteFlags, type RemoteTarget } from "../target/inspect-options";
import { UsageError } from "../common/usage-error";
import { VERSION } from "../common/version";
import { targetEnv } from "../target/target-env";
import { printErr, printOut, terminalJson } from "../common/terminal-text";
import { sdkClientOptions } from "../target/sdk-client-options";

export interface CallCommandFlags extends CallFlags, RemoteFlags, Pick<ConfigurableFlags, "config" | "server"> {
  env: string[];
  cwd?: string;
  timeout: number;
}

/** Any result: `call` prints what the server sent, it does not judge its shape. */
const AnyResult = z.looseObject({});

/**
 * `mcp-inspect call <method> [flags] [--] <command> [args...]`: one request, the JSON result on
 * stdout. Exit 0 on success, 1 when the server answers with an error (or a tool error), 2 when the
 * command line is wrong or the server could not be started.
 */
export async function runCall(method: string, commandLine: string[], flags: CallCommandFlags): Promise<number> {
  ({ commandLine, flags } = applyConfigFile(commandLine, flags));
  const params = buildCallParams(method, flags);
  const remote = remoteFromFlags(flags, commandLine);
  const [command, ...args] = commandLine;
  if (!command && !remote) throw new UsageError("call needs the server to run: mcp-inspect call tools/list -- node server.js (or --url <url>, or --config <file>)");
  const stderrLines: string[] = [];
  let transport: Transport;
  let why = (error: unknown) => describe(error);
  let disconnect = async () => {};
  if (remote) {
    ({ transport, why, disconnect } = await connectRemote(remote, flags.timeout, describe));
  } else {
    const stdio = new StdioClientTransport({
      command: command!,
      args,
      cwd: resolveCwd(flags.cwd),
      // The SDK passes only a few variables by default; users expect the whole environment.
      env: targetEnv(envFromFlags(flags.env)),
      stderr: "pipe",
    });
    stdio.stderr?.on("data", (chunk: Buffer) => stderrLines.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
    transport = stdio;
  }
  const client = new Client({ name: "mcp-inspect-call", version: VERSION }, sdkClientOptions({ capabilities: {} }));
  const tail = () => (stderrLines.length ? "\nstderr (last lines):\n" + stderrLines.slice(-20).map((l) => `  ${l}`).join("\n") : "");

  try {
    await client.connect(transport, { timeout: flags.timeout });
  } catch (error) {
    printErr(`mcp-inspect call: could not initialize ${remote ? maskUrl(remote.url) : command}: ${why(error)}${tail()}\n`);
    await client.close().catch(() => {});
    await disconnect();
    return 2;
  }
  try {
    const result = await client.request({ method, ...(params ? { params } : {}) }, AnyResult, { timeout: flags.timeout });
    printOut(terminalJson(result) + "\n");
    return result.isError === true ? 1 : 0;
  } catch (error) {
    if (error instanceof McpError) {
      // The SDK prefixes "MCP error <code>: "; print what the server said.
      const message = error.message.replace(/^MCP error -?\d+: /, "");
      printOut(terminalJson({ error: { code: error.code, message, ...(error.data === undefined ? {} : { data: error.data }) } }) + "\n");
      printErr(`mcp-inspect call: ${method} failed: ${error.message}${tail()}\n`);
      return 1;
    }
    printErr(`mcp-inspect call: ${method} failed: ${describe(error)}${tail()}\n`);
    return 2;
  } finally {
    await client.close().catch(() => {});
    await disconnect();
  }
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return `command not found (${e.message}); check the command and PATH`;
  if (error instanceof McpError && error.code === ErrorCode.ConnectionClosed) return "the server closed stdout (did it exit?) before it answered";
  return e instanceof Error ? e.message : String(error);
}
