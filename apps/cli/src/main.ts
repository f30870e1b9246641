import { Command, CommanderError, Option } from "commander";
import { PROTOCOL_REVISIONS } from "@mcp-inspect/core";
import { DEFAULT_PORT, TRANSPORTS, collectEnv, collectHeader, parseMilliseconds, parsePort, parseProtocol, type InspectFlags } from "./target/inspect-options";
import type { CallCommandFlags } from "./call/call-command";
import type { ConformanceFlags } from "./conformance/conformance-command";
import type { DoctorFlags } from "./doctor/doctor-command";
import { collectIgnore, parseSeqList } from "./export/export-options";
import { collectFiles, collectScenario } from "./conformance/client-conformance-options";
import { UsageError } from "./common/usage-error";
import { VERSION } from "./common/version";
import { printErr } from "./common/terminal-text";
import { addProxyInstallCommands } from "./proxy-install/proxy-install-commands";

const envOption = () => new Option("-e, --env <KEY=VALUE>", "environment variable for the server (repeatable; the value is never recorded)").argParser(collectEnv).default([]);
// A remote server instead of a command: --url, --transport, --header (header values are never recorded).
const urlOption = () => new Option("--url <url>", "connect to a remote server: Streamable HTTP, or SSE when --transport sse or when the POST is answered 404/405");
const transportOption = () => new Option("--transport <kind>", "the remote transport (default: Streamable HTTP, falling back to SSE)").choices(TRANSPORTS);
const headerOption = () => new Option("--header <Name: value>", "HTTP header for the remote server (repeatable; the value is masked and never recorded)").argParser(collectHeader).default([]);
// A server from a Claude Code / Claude Desktop / VS Code config file instead of a command or --url.
const configOption = () => new Option("--config <file>", "take the server from a config file: .mcp.json, ~/.claude.json, claude_desktop_config.json or .vscode/mcp.json");
// Which protocol era/revision to speak: every command that opens a connection to a server takes it. Replay and
// mock speak the era a recording was made in, so they say what auto means for them.
const protocolOption = (what = "auto (server/discover for 2026-07-28, falling back to initialize)") =>
  new Option("--protocol <auto|revision>", `protocol revision to speak: ${what}, or one of ${[...PROTOCOL_REVISIONS].reverse().join(", ")}; a revision the server does not offer is an error (default: auto)`).argParser(parseProtocol);
const serverOption = () => new Option("--server <name>", "which server of the --config file (needed when it has several)");


/** The options that say which server to run or reach, shared by every command that talks to one. */
function targetOptions(command: Command, which: { remote: boolean; config: boolean }): Command {
  command.addOption(envOption()).option("--cwd <dir>", "working directory of the server");
  if (which.remote) command.addOption(urlOption()).addOption(transportOption()).addOption(headerOption());
  if (which.config) command.addOption(configOption()).addOption(serverOption());
  return command;
}

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
  .addOption(urlOption())
  .addOption(transportOption())
  .addOption(headerOption())
  .addOption(configOption())
  .addOption(serverOption())
  .addOption(protocolOption())
  .option("--watch <path>", "restart the server when files under this path change (ignores node_modules, .git, dotfiles)")
  .option("--cwd <dir>", "working directory of the server (default: the current one)")
  .option("--record <file>", "where to record the session (default: a per-user data folder); an existing file is refused without --append or --force")
  .option("--append", "with --record: add this session to the existing file")
  .option("--force", "with --record: overwrite the existing file")
  .option("--token <token>", "the token the UI and API require (default: $MCP_INSPECT_TOKEN, else random)")
  .addOption(new Option("--init-timeout <ms>", "how long the server may take to answer initialize").argParser(parseMilliseconds).default(15_000))
  // Flags after the command belong to the server: `mcp-inspect node server.js --port 1` passes --port on.
  .enablePositionalOptions()
  .passThroughOptions()
  .showHelpAfterError("(run mcp-inspect --help for usage)")
  .exitOverride()
  .action(async (commandLine: string[], flags: InspectFlags, cmd: Command) => {
    // Loaded on demand: `call` should not pay for Fastify.
    const { runInspect } = await import("./inspect/inspect-command");
    await runInspect(commandLine, flags, cmd.getOptionValueSource("port") === "cli");
  });

targetOptions(program.command("call"), { remote: true, config: true })
  .description("send one request to a stdio server and print the JSON result (exit 0 ok, 1 error result, 2 usage/start failure)")
  .usage("<method> [options] [--] <command> [args...]")
  .argument("<method>", "tools/list, tools/call, resources/list, resources/read, prompts/get, ping, or any other method")
  .argument("[command...]", "the stdio server to run")
  .option("--args-json <json>", "tool or prompt arguments, or the params of any other method, as a JSON object")
  .option("--name <name>", "the tool (tools/call) or prompt (prompts/get)")
  .option("--uri <uri>", "the resource (resources/read)")
  .addOption(protocolOption())
  .addOption(new Option("--timeout <ms>", "how long to wait for initialize and for the answer").argParser(parseMilliseconds).default(60_000))
  // Options may follow the method; the server's own flags go after `--`.
  .action(async (method: string, commandLine: string[], flags: CallCommandFlags) => {
    const { runCall } = await import("./call/call-command");
    process.exitCode = await runCall(method, commandLine, flags);
  });

targetOptions(program.command("doctor"), { remote: true, config: true })
  .description("start a stdio server, check everything it declares, and report what is wrong (exit 0 no errors, 1 errors, 2 could not start)")
  .usage("[options] [--] <command> [args...]")
  .argument("[command...]", "the stdio server to run (its own flags follow it)")
  .option("--json", "print one JSON document (findings, server identity, counts) instead of the report")
  .option("--junit <file>", "also write JUnit XML: a test case per rule, a failure per error finding")
  .option("--call-tools", "also call every tool with skeleton arguments (off by default: tools may have side effects)")
  .addOption(protocolOption())
  .addOption(new Option("--timeout <ms>", "how long to wait for initialize and for each answer").argParser(parseMilliseconds).default(15_000))
  .option("--record <file>", "record the session to this file (an existing file is refused without --append or --force)")
  .option("--append", "with --record: add this session to the existing file")
  .option("--force", "with --record: overwrite the existing file")
  .addOption(new Option("--slow <ms>", "report responses slower than this (default 5000)").argParser(parseMilliseconds))
  // Flags after the command belong to the server.
  .passThroughOptions()
  .action(async (commandLine: string[], flags: DoctorFlags) => {
    const { runDoctor } = await import("./doctor/doctor-command");
    process.exitCode = await runDoctor(commandLine, flags);
  });

targetOptions(program.command("conformance"), { remote: false, config: false })
  .description("run the official MCP conformance suite's server scenarios against a stdio server (served over loopback Streamable HTTP)")
  .usage("[options] [--] <command> [args...]")
  .argument("[command...]", "the stdio server to run (its own flags follow it)")
  .option("--expected-failures <file>", "YAML baseline of scenarios expected to fail (passed to the suite)")
  .option("--scenario <name>", "run one scenario (default: all active server scenarios)")
  .option("--results <dir>", "where the suite writes its per-scenario results, kept after the run (default: a new folder under the data dir)")
  .addOption(protocolOption())
  .addOption(new Option("--timeout <ms>", "stop the suite after this long").argParser(parseMilliseconds).default(600_000))
  .passThroughOptions()
  .action(async (commandLine: string[], flags: ConformanceFlags) => {
    const { runConformance } = await import("./conformance/conformance-command");
    process.exitCode = await runConformance(commandLine, flags);
  });

program
  .command("conformance-client")
  .description("run the official MCP conformance suite's client scenarios against mcp-inspect's own client, in both eras (with a URL: be the client the suite launches)")
  .usage("[options] [url]")
  .argument("[url]", "the scenario server's URL (the suite appends it when it launches this command)")
  .addOption(new Option("--protocol <mode>", "auto (both eras) or a revision: how the client negotiates, and which era's scenarios run").argParser(parseProtocol).default("auto"))
  .addOption(new Option("--scenario <name>", "run this client scenario (repeatable, one after the other; default: every scenario the era's revision requires)").argParser(collectScenario).default([]))
  .addOption(new Option("--expected-failures <file>", "YAML baseline of expected failures; a name holding a revision (client-baseline-2026-07-28.yml) applies to that era only (repeatable)").argParser(collectFiles).default([]))
  .option("--results <dir>", "where the suite writes each scenario's results, one folder per era (default: a new folder under the data dir)")
  .addOption(new Option("--timeout <ms>", "stop the suite's run of one scenario after this long").argParser(parseMilliseconds).default(120_000))
  .action(async (url: string | undefined, flags: import("./conformance/client-conformance-command").ClientConformanceFlags) => {
    const { runClientConformance } = await import("./conformance/client-conformance-command");
    process.exitCode = await runClientConformance(url, flags);
  });

targetOptions(program.command("replay"), { remote: true, config: false })
  .description("replay a recorded session or fixture against a fresh stdio server and diff the answers (exit 0 same, 1 differs, 2 usage/start failure)")
  .usage("<session-or-fixture> [options] [--] <command> [args...]")
  .argument("<session-or-fixture>", "a session file (.jsonl) or a fixture (.fixture.json)")
  .argument("[command...]", "the stdio server to run (its own flags follow it), or use --url")
  .option("--update", "rewrite the fixture from this run's answers (a session file gets a .fixture.json beside it)")
  .addOption(new Option("--ignore <path>", "leave this path in every response out of the comparison, e.g. /result/content/0/text or result.content.*.text (repeatable)").argParser(collectIgnore).default([]))
  .addOption(new Option("--timeout <ms>", "how long initialize and each request may take").argParser(parseMilliseconds).default(30_000))
  .addOption(protocolOption("auto (the era and revision the fixture was recorded in)"))
  // Options may follow the file; the server's own flags go after `--`.
  .action(async (file: string, commandLine: string[], flags: import("./replay/replay-command").ReplayFlags) => {
    const { runReplay } = await import("./replay/replay-command");
    process.exitCode = await runReplay(file, commandLine, flags);
  });

program
  .command("export")
  .description("turn a session file into <name>.fixture.json and <name>.test.ts, a Vitest file that replays it with mcp-inspect/testing")
  .usage("<session-file> [options]")
  .argument("<session-file>", "the recorded session (.jsonl)")
  .option("--out <dir>", "folder to write both files to (default: the current one)")
  .option("--name <name>", "base name of the files (default: the session file's name)")
  .addOption(new Option("--only <seq,seq..>", "keep only these requests, by frame number (a response's number selects its request)").argParser(parseSeqList))
  .option("--server <command line>", 'the server the test starts, relative to --out, e.g. "node server.js" (default: the recorded command)')
  .action(async (file: string, flags: import("./export/export-command").ExportFlags) => {
    const { runExport } = await import("./export/export-command");
    process.exitCode = await runExport(file, flags);
  });

const proxyCommand = targetOptions(program.command("proxy"), { remote: false, config: false });
// `proxy install|uninstall` (proxy-install/) wire a client's config to this command.
addProxyInstallCommands(proxyCommand);
proxyCommand
  .description("run in place of a stdio server in a client's config, or with --url --listen as a loopback HTTP endpoint in front of a remote one: relay both ways unchanged, record every frame and check both sides")
  .usage("[--record <file>] [--name <name>] [-e KEY=VALUE] [--cwd <dir>] -- <command> [args...]\n       mcp-inspect proxy --url <server-url> --listen 127.0.0.1:<port> [--transport streamable-http|sse] [--header \"Name: value\"] [--record <file>] [--name <name>]")
  .argument("[command...]", "the stdio server to run (its own flags follow it)")
  .option("--record <file>", "record to this file, each run appended as a session (default: the recordings folder, named <time>-<id>.proxy.<client>.to.<server>.jsonl)")
  .option("--name <name>", "the server's name in the recording's file name (default: the script's name, or the --url's host)")
  .addOption(new Option("--url <server-url>", "proxy a remote server (Streamable HTTP, or HTTP+SSE): clients point at --listen instead"))
  .option("--listen <address:port>", "with --url: where the proxy listens, loopback only, e.g. 127.0.0.1:8080 (port 0 picks one; the URL is printed on stderr)")
  .addOption(new Option("--transport <kind>", "with --url: the remote transport, recorded in the session; sse also rewrites the endpoint event only it has (default: auto, whatever the client speaks)").choices(["auto", ...TRANSPORTS]))
  .addOption(new Option("--header <Name: value>", "with --url: HTTP header added to every forwarded request (repeatable; recorded masked)").argParser(collectHeader).default([]))
  // Flags after the command belong to the server.
  .passThroughOptions()
  .action(async (commandLine: string[], flags: import("./proxy/proxy-command").ProxyFlags & import("./proxy/http-proxy-command").HttpProxyFlags) => {
    if (flags.url !== undefined || flags.listen !== undefined) {
      if (flags.url === undefined) throw new UsageError("--listen applies to proxy --url <server-url>: a stdio server's proxy speaks on stdin/stdout");
      if (flags.env.length > 0 || flags.cwd !== undefined) throw new UsageError("-e and --cwd apply to a stdio server, not to proxy --url");
      const { runHttpProxy } = await import("./proxy/http-proxy-command");
      process.exitCode = await runHttpProxy(commandLine, flags);
      return;
    }
    if (flags.transport !== undefined || flags.header.length > 0) throw new UsageError("--transport and --header apply to proxy --url <server-url>");
    const { runProxy } = await import("./proxy/proxy-command");
    const code = await runProxy(commandLine, flags);
    // stdin may still be open (the server exited first): exit once the last bytes are flushed to the client.
    process.stdout.write("", () => process.exit(code));
  });

program
  .command("export-session")
  .description("export a recorded session for people and tools outside mcp-inspect: an HTML report, a Mermaid diagram, HAR (HTTP sessions) or OpenTelemetry spans (OTLP/JSON)")
  .usage("<session.jsonl> --format html|mermaid|har|otlp [options]")
  .argument("<session.jsonl>", "the recorded session")
  .addOption(new Option("--format <format>", "what to write").choices(["html", "mermaid", "har", "otlp"]).makeOptionMandatory())
  .option("-o, --output <file>", "write to this file (default: standard output)")
  .option("--otlp-url <url>", "with --format otlp: POST the spans to this OTLP/HTTP collector on loopback, e.g. http://127.0.0.1:4318/v1/traces")
  .action(async (file: string, flags: import("./export-session/export-session-command").ExportSessionFlags) => {
    const { runExportSession } = await import("./export-session/export-session-command");
    process.exitCode = await runExportSession(file, flags);
  });

program
  .command("open")
  .description("show a recorded session in the browser, read-only, without starting any server")
  .usage("<session.jsonl> [options]")
  .argument("<session.jsonl>", "the recorded session")
  .addOption(new Option("-p, --port <n>", "port for the UI (0 = any free port)").argParser(parsePort).default(DEFAULT_PORT))
  .option("--host <addr>", "address to bind (loopback only, unless --allow-remote)", "127.0.0.1")
  .option("--allow-remote", "allow binding a non-loopback address (anyone who reaches it and has the token can read the session)")
  .option("--no-open", "do not open the browser")
  .option("--token <token>", "the token the UI and API require (default: $MCP_INSPECT_TOKEN, else random)")
  .action(async (file: string, flags: import("./open/open-command").OpenFlags, cmd: Command) => {
    const { runOpen } = await import("./open/open-command");
    await runOpen(file, flags, cmd.getOptionValueSource("port") === "cli");
  });

program
  .command("diff")
  .description("compare two recorded sessions as the UI's compare does: the server's surface and the answers to the same calls (exit 0 same, 1 differ, 2 usage)")
  .usage("<a.jsonl> <b.jsonl> [--json]")
  .argument("<a>", "the first session file (.jsonl)")
  .argument("<b>", "the second session file (.jsonl)")
  .option("--json", "print the comparison as one JSON document")
  .action(async (a: string, b: string, flags: import("./diff/diff-command").DiffFlags) => {
    const { runDiff } = await import("./diff/diff-command");
    process.exitCode = runDiff(a, b, flags);
  });

program
  .command("mock")
  .description("serve a recorded session or fixture as a stdio MCP server that answers from the recording")
  .usage("<session-or-fixture> [--protocol <auto|revision>]")
  .argument("<session-or-fixture>", "a session file (.jsonl) or a fixture (.fixture.json)")
  .addOption(protocolOption("auto (answer in the era the recording was made in: server/discover for 2026-07-28, else initialize)"))
  .action(async (file: string, flags: import("./mock/mock-command").MockFlags) => {
    const { runMock } = await import("./mock/mock-command");
    process.exitCode = await runMock(file, flags);
  });


try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every usage mistake exits 2 (commander already printed it).
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  if (error instanceof UsageError) {
    printErr(`mcp-inspect: ${error.message}\n`);
    process.exit(2);
  }
  printErr(`mcp-inspect: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
