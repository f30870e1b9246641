import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { targetEnv } from "../target/target-env";

/** A stdio server to replay against. */
export interface ReplayTarget {
  command: string;
  args?: readonly string[];
  /** Working directory of the server. @default process.cwd() */
  cwd?: string;
  /** Added to the environment the server inherits. */
  env?: Record<string, string>;
}

/** The SDK's stdio client transport, with the whole environment (the SDK passes only a few variables) and stderr kept. */
export function createReplayTransport(target: ReplayTarget): { transport: StdioClientTransport; stderr: string[] } {
  const stderr: string[] = [];
  const transport = new StdioClientTransport({
    command: target.command,
    args: [...(target.args ?? [])],
    cwd: target.cwd ?? process.cwd(),
    env: targetEnv(target.env),
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk: Buffer) => stderr.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
  return { transport, stderr };
}
