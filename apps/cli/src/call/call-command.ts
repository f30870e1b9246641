import { maskUrl } from "@mcp-inspect/core";
import { ProtocolError, SdkError, SdkErrorCode, type Client, type Transport } from "@modelcontextprotocol/client";
import type { ProtocolMode } from "@mcp-inspect/core";
import { z } from "zod";
import { buildCallParams, type CallFlags } from "./call-request";
import { eraNeutralResult } from "./call-result";
import { applyConfigFile, type ConfigurableFlags } from "../config/config-file-flags";
import { connectRemote } from "../target/remote-connect";
import { envFromFlags, remoteFromFlags, resolveCwd, type RemoteFlags, type RemoteTarget } from "../target/inspect-options";
import { UsageError } from "../common/usage-error";
import { VERSION } from "../common/version";
import { targetEnv } from "../target/target-env";
import { printErr, printOut, terminalJson } from "../common/terminal-text";
import { InPlaceStdioTransport, connectClient, describeRefusedPin, isRefusedPin, type ConnectTarget } from "../target/connect-client";

export interface CallCommandFlags extends CallFlags, RemoteFlags, Pick<ConfigurableFlags, "config" | "server"> {
  env: string[];
  cwd?: string;
  timeout: number;
  /** `--protocol`: auto (server/discover, falling back to initialize) or a revision. */
  protocol?: ProtocolMode;
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
  const protocol = flags.protocol ?? "auto";
  const stderrLines: string[] = [];
  let why = (error: unknown) => describe(error);
  const disconnects: (() => Promise<void>)[] = [];
  const disconnect = () => Promise.all(disconnects.splice(0).map((d) => d())).then(() => {});
  const target: ConnectTarget = {
    info: { name: "mcp-inspect-call", version: VERSION },
    options: { capabilities: {} },
    protocol,
    timeoutMs: flags.timeout,
    // A fresh connection per attempt: a server that dies on the server/discover probe is started again.
    transport: async (): Promise<Transport> => {
      if (remote) {
        const connected = await connectRemote(remote, flags.timeout, describe);
        why = connected.why;
        disconnects.push(connected.disconnect);
        return connected.transport;
      }
      stderrLines.length = 0;
      const stdio = new InPlaceStdioTransport({
        command: command!,
        args,
        cwd: resolveCwd(flags.cwd),
        // The SDK passes only a few variables by default; users expect the whole environment.
        env: targetEnv(envFromFlags(flags.env)),
        stderr: "pipe",
      });
      stdio.stderr?.on("data", (chunk: Buffer) => stderrLines.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
      return stdio;
    },
  };
  const tail = () => (stderrLines.length ? "\nstderr (last lines):\n" + stderrLines.slice(-20).map((l) => `  ${l}`).join("\n") : "");

  let client: Client;
  try {
    ({ client } = await connectClient(target));
  } catch (error) {
    await disconnect();
    if (isRefusedPin(error, protocol)) {
      const refused = await describeRefusedPin(target);
      await disconnect();
      printErr(`mcp-inspect call: ${refused}\n`);
      return 2;
    }
    printErr(`mcp-inspect call: could not initialize ${remote ? maskUrl(remote.url) : command}: ${why(error)}${tail()}\n`);
    return 2;
  }
  try {
    const result = await client.request({ method, ...(params ? { params } : {}) }, AnyResult, { timeout: flags.timeout });
    printOut(terminalJson(eraNeutralResult(result)) + "\n");
    return result.isError === true ? 1 : 0;
  } catch (error) {
    if (error instanceof ProtocolError) {
      // What the server said, as it said it (the v2 SDK adds no prefix to the message).
      const { code, message, data } = error;
      printOut(terminalJson({ error: { code, message, ...(data === undefined ? {} : { data }) } }) + "\n");
      printErr(`mcp-inspect call: ${method} failed: error ${code}: ${message}${tail()}\n`);
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
  if (error instanceof SdkError && error.code === SdkErrorCode.ConnectionClosed) return "the server closed stdout (did it exit?) before it answered";
  return e instanceof Error ? e.message : String(error);
}
