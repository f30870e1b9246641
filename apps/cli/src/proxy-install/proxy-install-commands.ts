import { Option, type Command } from "commander";
import { CONFIG_FORMATS } from "./config-locate";
import type { ProxyInstallFlags } from "./proxy-install-command";

// Registers `proxy install` and `proxy uninstall` on the `proxy` command: kept here so main.ts gains two lines.
function entryOptions(command: Command): Command {
  return command
    .requiredOption("--config <file>", "the client's config file: .mcp.json, ~/.claude.json, claude_desktop_config.json, .vscode/mcp.json (or settings.json), .cursor/mcp.json")
    .requiredOption("--server <name>", "the server entry to rewrite")
    .addOption(new Option("--format <client>", "the client the file is for (default: from the file's name and shape)").choices(CONFIG_FORMATS))
    .option("--project <folder>", "~/.claude.json: the project whose local-scope entry is meant (when the name is in several places)")
    .option("--user-scope", "~/.claude.json: the user-scope entry (top-level mcpServers) is meant");
}

export function addProxyInstallCommands(proxy: Command): void {
  entryOptions(proxy.command("install"))
    .description("rewrite a stdio server entry of a client config so the client starts it through mcp-inspect proxy (a backup goes next to the file; every other byte stays)")
    .option("--record-dir <dir>", "record this server's sessions to <dir>/<server>.jsonl, each run appended (passed to the proxy as --record)")
    .action(async (flags: ProxyInstallFlags) => {
      const { runProxyInstall } = await import("./proxy-install-command");
      process.exitCode = runProxyInstall(flags);
    });
  entryOptions(proxy.command("uninstall"))
    .description("restore a server entry that proxy install rewrote, byte for byte, from the entry itself")
    .action(async (flags: ProxyInstallFlags) => {
      const { runProxyUninstall } = await import("./proxy-install-command");
      process.exitCode = runProxyUninstall(flags);
    });
}
