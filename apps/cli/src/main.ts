import { Command, CommanderError, Option } from "commander";
import { DEFAULT_PORT, collectEnv, parseMilliseconds, parsePort, type InspectFlags } from "./inspect-options";
import type { CallCommandFlags } from "./call-command";
import type { ConformanceFlags } from "./conformance-command";
import type { DoctorFlags } from "./doctor-command";
import { UsageError } from "./usage-error";
import { VERSION } from "./version";

const envOption = () => new Option("-e, --env <KEY=VALUE>", "environment variable for the server (repeatable; the value is never recorded)").argParser(collectEnv).default([]);

const program = new Command("mcp-inspect")
  .description("Inspect and debug an MCP server in the browser. With no command, inspects the bundled demo server.")
  .version(VERSION, "-v, --version")
  .usage("[options] [--] <command> [args...]")
  .argument("[command...]", "the stdio server to run, e.g. node dist/server.js (its own flags follow it)")
  .addOption(new Option("-p, --port <n>", "port for the UI (0 = any free port)").argParser(parsePort).default(DEFAULT_PORT))
  .option("--host <addr>", "address to bind (loopback only, unless --allow-remote)", "127.0.0.1")
  .option("--allow-remote", "allow binding a non-loopback address (dangerous: it can run your server)")
  .option("--no-open", "do not open the browser")
  .addOption(envOption())
  .option("--cwd <dir>", "working directory of the server (default: the current one)")
  .option("--record <file>", "where to record the session (default: a per-user data folder)")
  .option("--token <token>", "the token the UI and API require (default: $MCP_INSPECT_TOKEN, else random)")
  .addOption(new Option("--init-timeout <ms>", "how long the server may take to answer initialize").argParser(parseMilliseconds).default(15_000))
  // Flags after the command belong to the server: `mcp-inspect node server.js --port 1` passes --port on.
  .enablePositionalOptions()
  .passThroughOptions()
  .showHelpAfterError("(run mcp-inspect --help for usage)")
  .exitOverride()
  .action(async (commandLine: string[], flags: InspectFlags, cmd: Command) => {
    // Loaded on demand: `call` should not pay for Fastify.
    const { runInspect } = await import("./inspect-command");
    await runInspect(commandLine, flags, cmd.getOptionValueSource("port") === "cli");
  });

program
  .command("call")
  .description("send one request to a stdio server and print the JSON result (exit 0 ok, 1 error result, 2 usage/start failure)")
  .usage("<method> [options] [--] <command> [args...]")
  .argument("<method>", "tools/list, tools/call, resources/list, resources/read, prompts/get, ping, or any other method")
  .argument("[command...]", "the stdio server to run")
  .option("--args-json <json>", "tool or prompt arguments, or the params of any other method, as a JSON object")
  .option("--name <name>", "the tool (tools/call) or prompt (prompts/get)")
  .option("--uri <uri>", "the resource (resources/read)")
  .addOption(envOption())
  .option("--cwd <dir>", "working directory of the server")
  .addOption(new Option("--timeout <ms>", "how long to wait for initialize and for the answer").argParser(parseMilliseconds).default(60_000))
  // Options may follow the method; the server's own flags go after `--`.
  .action(async (method: string, commandLine: string[], flags: CallCommandFlags) => {
    const { runCall } = await import("./call-command");
    process.exitCode = await runCall(method, commandLine, flags);
  });

program
  .command("doctor")
  .description("start a stdio server, check everything it declares, and report what is wrong (exit 0 no errors, 1 errors, 2 could not start)")
  .usage("[options] [--] <command> [args...]")
  .argument("[command...]", "the stdio server to run (its own flags follow it)")
  .option("--json", "print one JSON document (findings, server identity, counts) instead of the report")
  .option("--junit <file>", "also write JUnit XML: a test case per rule, a failure per error finding")
  .option("--call-tools", "also call every tool with skeleton arguments (off by default: tools may have side effects)")
  .addOption(envOption())
  .option("--cwd <dir>", "working directory of the server")
  .addOption(new Option("--timeout <ms>", "how long to wait for initialize and for each answer").argParser(parseMilliseconds).default(15_000))
  .option("--record <file>", "record the session to this file")
  .addOption(new Option("--slow <ms>", "report responses slower than this (default 5000)").argParser(parseMilliseconds))
  // Flags after the command belong to the server.
  .passThroughOptions()
  .action(async (commandLine: string[], flags: DoctorFlags) => {
    const { runDoctor } = await import("./doctor-command");
    process.exitCode = await runDoctor(commandLine, flags);
  });

program
  .command("conformance")
  .description("run the official MCP conformance suite's server scenarios against a stdio server (served over loopback Streamable HTTP)")
  .usage("[options] [--] <command> [args...]")
  .argument("[command...]", "the stdio server to run (its own flags follow it)")
  .option("--expected-failures <file>", "YAML baseline of scenarios expected to fail (passed to the suite)")
  .option("--scenario <name>", "run one scenario (default: all active server scenarios)")
  .addOption(envOption())
  .option("--cwd <dir>", "working directory of the server")
  .addOption(new Option("--timeout <ms>", "stop the suite after this long").argParser(parseMilliseconds).default(600_000))
  .passThroughOptions()
  .action(async (commandLine: string[], flags: ConformanceFlags) => {
    const { runConformance } = await import("./conformance-command");
    process.exitCode = await runConformance(commandLine, flags);
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
