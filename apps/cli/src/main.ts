import { Command, CommanderError, Option } from "commander";
import { DEFAULT_PORT, runInspect } from "./inspect-command";
import { collectEnv, parseMilliseconds, parsePort, type InspectFlags } from "./inspect-options";
import { UsageError } from "./usage-error";
import { VERSION } from "./version";

const program = new Command("mcp-inspect")
  .description("Inspect and debug an MCP server in the browser. With no command, inspects the bundled demo server.")
  .version(VERSION, "-v, --version")
  .usage("[options] [--] <command> [args...]")
  .argument("[command...]", "the stdio server to run, e.g. node dist/server.js (its own flags follow it)")
  .addOption(new Option("-p, --port <n>", "port for the UI (0 = any free port)").argParser(parsePort).default(DEFAULT_PORT))
  .option("--host <addr>", "address to bind (loopback only, unless --allow-remote)", "127.0.0.1")
  .option("--allow-remote", "allow binding a non-loopback address (dangerous: it can run your server)")
  .option("--no-open", "do not open the browser")
  .option("-e, --env <KEY=VALUE>", "environment variable for the server (repeatable; the value is never recorded)", collectEnv, [])
  .option("--cwd <dir>", "working directory of the server (default: the current one)")
  .option("--record <file>", "where to record the session (default: a per-user data folder)")
  .option("--token <token>", "the token the UI and API require (default: $MCP_INSPECT_TOKEN, else random)")
  .addOption(new Option("--init-timeout <ms>", "how long the server may take to answer initialize").argParser(parseMilliseconds).default(15_000))
  // Flags after the command belong to the server: `mcp-inspect node server.js --port 1` passes --port on.
  .passThroughOptions()
  .showHelpAfterError("(run mcp-inspect --help for usage)")
  .exitOverride()
  .action(async (commandLine: string[], flags: InspectFlags, cmd: Command) => {
    await runInspect(commandLine, flags, cmd.getOptionValueSource("port") === "cli");
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every usage mistake exits 2 (commander already printed it).
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  if (error instanceof UsageError) {
    process.stderr.write(`mcp-inspect: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`mcp-inspect: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
