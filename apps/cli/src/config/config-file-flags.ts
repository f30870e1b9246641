import { loadConfiguredServer, type ConfiguredServer } from "./config-file";
import { UsageError } from "../common/usage-error";
import { targetEnv } from "../target/target-env";

/** The flags `--config <file> --server <name>` fill in: the same ones a command line or --url would. */
export interface ConfigurableFlags {
  config?: string;
  server?: string;
  env: string[];
  cwd?: string;
  url?: string;
  transport?: "streamable-http" | "sse";
  header: string[];
}

/**
 * Replaces `--config/--server` by the command line, -e, --cwd, --url, --transport and --header the
 * entry stands for, so the existing code runs unchanged. Flags given on the command line win.
 */
export function applyConfigFile<F extends ConfigurableFlags>(commandLine: string[], flags: F, env: Record<string, string | undefined> = targetEnv()): { commandLine: string[]; flags: F } {
  if (!flags.config) {
    if (flags.server) throw new UsageError("--server <name> picks a server from a config file: add --config <file> (e.g. --config .mcp.json)");
    return { commandLine, flags };
  }
  if (commandLine.length > 0 || flags.url) throw new UsageError(`give either --config or a command/--url, not both (got --config ${flags.config} and "${flags.url ?? commandLine.join(" ")}")`);
  return flagsForServer(loadConfiguredServer(flags.config, flags.server, env), flags);
}

/** The command line and flags one config entry stands for, with the flags given on the command line added. */
export function flagsForServer<F extends ConfigurableFlags>(server: ConfiguredServer, flags: F): { commandLine: string[]; flags: F } {
  const commandLine: string[] = [];
  if (server.type === "stdio") {
    const env = [...Object.entries(server.env).map(([k, v]) => `${k}=${v}`), ...flags.env];
    return { commandLine: [server.command, ...server.args], flags: { ...flags, env, cwd: flags.cwd ?? server.cwd } };
  }
  if (flags.transport) throw new UsageError("--transport does not go with --config: the entry's \"type\" says it");
  const header = [...Object.entries(server.headers).map(([k, v]) => `${k}: ${v}`), ...flags.header];
  return { commandLine, flags: { ...flags, url: server.url, transport: server.type === "sse" ? "sse" : "streamable-http", header } };
}
