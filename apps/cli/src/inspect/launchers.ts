import { randomUUID } from "node:crypto";
import { basename, dirname, isAbsolute, join } from "node:path";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, maskUrl, type LauncherInfo, type SessionHeader } from "@mcp-inspect/core";
import type { ProtocolChecker } from "@mcp-inspect/core/checks";
import { InspectSession, RecordingExistsError, createSessionRecorder, createStdioTarget, type Launcher, type OAuthOptions, type RecordMode, type SessionRecorder } from "@mcp-inspect/server/serve";
import { listConfiguredServers } from "../config/config-file";
import { flagsForServer, type ConfigurableFlags } from "../config/config-file-flags";
import { envFromFlags, remoteFromFlags, resolveCwd, type InspectFlags } from "../target/inspect-options";
import { bundledDemoServer, defaultSessionPath } from "./paths";
import { attachRemote, remoteSessionTarget } from "../target/remote-target";
import { targetEnv } from "../target/target-env";
import { createTerminalReporter } from "./terminal-reporter";
import { VERSION } from "../common/version";

export type LaunchFlags = InspectFlags & ConfigurableFlags;

/** What every server of one inspector shares: where recordings go, the init timeout, the terminal. */
export interface LaunchContext {
  /** `--record <file>`: the first server's recording; later servers record beside it. */
  record?: string;
  /** What to do when a recording file exists (see recordModeFrom); default "new": refuse. */
  recordMode?: RecordMode;
  initTimeout: number;
  writeStderr: (text: string) => void;
  /** Set once Ctrl-C stops everything: servers exiting then is expected, not worth a ✖ line. */
  stopping: () => boolean;
  /**
   * A fresh protocol checker for each session (`createFullProtocolChecker` from `@mcp-inspect/core/checks/wire`).
   * Given, not imported: its Ajv and official schemas (~1 MB of code) load after the ready line, not before it.
   */
  checker: () => ProtocolChecker;
  /** How remote servers authorize with OAuth: the inspector's callback and its waiting authorizations. */
  oauth?: Omit<OAuthOptions, "onAuthorized">;
}

/**
 * The launchers of one inspector: with `--config`, one per entry of the file (`config:<name>`); else
 * the command line's own target (`cli`: a command, a URL, or the demo server). The flags given on the
 * command line (-e, --cwd, --header) go to the entry `--server` names, not to the others.
 */
export function launchersFrom(commandLine: string[], flags: LaunchFlags, ctx: LaunchContext): Launcher[] {
  if (!flags.config) return [launcher({ id: "cli", name: nameOf(commandLine, flags), source: "command-line" }, commandLine, flags, ctx)];
  const launchers: Launcher[] = [];
  const bare: LaunchFlags = { ...flags, env: [], header: [], cwd: undefined };
  const { servers, warnings } = listConfiguredServers(flags.config, targetEnv());
  for (const warning of warnings) ctx.writeStderr(`! ${warning}\n`);
  for (const entry of servers) {
    if (!entry.server) {
      ctx.writeStderr(`! ${entry.name} (in ${flags.config}) cannot be started: ${entry.error}\n`);
      continue;
    }
    const target = flagsForServer(entry.server, entry.name === flags.server ? flags : bare);
    const relative = entry.server.type === "stdio" && !entry.server.cwd ? relativePaths(target.commandLine) : [];
    if (relative.length > 0) {
      // The most common mistake in the guides: it works here, in this folder, and not in the client.
      ctx.writeStderr(`! ${entry.name}: ${relative.map((p) => `"${p}"`).join(", ")} ${relative.length === 1 ? "is a relative path" : "are relative paths"}, resolved here against ${process.cwd()}; Claude Desktop starts servers elsewhere and will not find ${relative.length === 1 ? "it" : "them"}: use absolute paths\n`);
    }
    launchers.push(launcher({ id: `config:${entry.name}`, name: entry.name, source: "config" }, target.commandLine, target.flags, ctx));
  }
  return launchers;
}

function launcher(info: Omit<LauncherInfo, "description">, commandLine: string[], flags: LaunchFlags, ctx: LaunchContext): Launcher {
  // Checked now, so a wrong --url is a usage error at start, not when someone clicks.
  const remote = remoteFromFlags(flags, commandLine);
  const demo = commandLine.length === 0 && !remote;
  const [command, ...args] = demo ? [process.execPath, bundledDemoServer] : commandLine;
  const extraEnv = envFromFlags(flags.env);
  const cwd = resolveCwd(flags.cwd);
  return {
    ...info,
    description: remote ? maskUrl(remote.url) : demo ? "the bundled demo server" : commandLine.join(" "),
    create({ id, name }) {
      const startedAt = new Date();
      const header: SessionHeader = {
        format: SESSION_FORMAT,
        version: SESSION_FORMAT_VERSION,
        id: randomUUID(),
        target: remote ? remoteSessionTarget(remote) : { type: "stdio", command: command!, args, cwd, envKeys: Object.keys(extraEnv), ...(demo ? { demo: true } : {}) },
        inspector: { name: "mcp-inspect", version: VERSION },
        startedAt: startedAt.toISOString(),
        // --protocol: the browser's client reads it from the header and negotiates that (absent: auto).
        ...(flags.protocol ? { protocol: flags.protocol } : {}),
      };
      const recorder = openRecording(ctx, id, name, startedAt, header);
      const session = new InspectSession({ header, recorder, initTimeoutMs: ctx.initTimeout, checker: ctx.checker() });
      // The first server speaks plainly, as with one server; the others say whose line it is.
      const prefix = id === "s1" ? "" : `[${name}] `;
      session.subscribe(createTerminalReporter((line) => ctx.writeStderr(prefix + line.replaceAll("\n", `\n${prefix}`) + "\n"), () => ctx.stopping() || session.stopping).onFrame);
      if (remote) attachRemote(session, remote, ctx.oauth);
      else session.attach((emit) => createStdioTarget({ command: command!, args, cwd, env: targetEnv(extraEnv) }, emit));
      return session;
    },
  };
}

/**
 * s1's file was checked at start; a later server's file beside it may be left from an earlier run
 * with the same --record: without --append/--force it gets a name of its own rather than failing.
 */
function openRecording(ctx: LaunchContext, id: string, name: string, startedAt: Date, header: SessionHeader): SessionRecorder {
  const mode = ctx.recordMode ?? "new";
  const path = recordPath(ctx.record, id, name, startedAt, header.id);
  try {
    return createSessionRecorder(path, header, mode);
  } catch (error) {
    if (!(error instanceof RecordingExistsError) || id === "s1") throw error;
    return createSessionRecorder(path.replace(/\.jsonl$/, `.${header.id.slice(0, 8)}.jsonl`), header, mode);
  }
}

/** s1 records to --record (or the per-user folder); later servers beside it: session.jsonl -> session.s2-memory.jsonl. */
export function recordPath(record: string | undefined, id: string, name: string, startedAt: Date, sessionId: string): string {
  if (!record) return defaultSessionPath(startedAt, sessionId);
  if (id === "s1") return record;
  const slug = name.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[-.]+|-+$/g, "") || "server";
  return join(dirname(record), `${basename(record).replace(/\.jsonl$/, "")}.${id}-${slug}.jsonl`);
}

/** A tab name for the command line's target: the script's file name, the URL's host, or "demo". */
function nameOf(commandLine: string[], flags: LaunchFlags): string {
  if (flags.url) {
    try {
      return new URL(flags.url).host;
    } catch {
      return flags.url;
    }
  }
  if (commandLine.length === 0) return "demo";
  // `node dist/server.js` -> server.js; `uvx mcp-server-git` -> mcp-server-git.
  const script = commandLine.slice(1).find((arg) => !arg.startsWith("-")) ?? commandLine[0]!;
  return basename(script);
}

/** Arguments that look like relative file paths (`dist/server.js`, `./run.sh`, `server.py`), not flags or package names. */
export function relativePaths(commandLine: readonly string[]): string[] {
  return commandLine.filter((arg) => !arg.startsWith("-") && !isAbsolute(arg) && !arg.includes("://") && (/^\.{1,2}[\\/]/.test(arg) || /[\\/]/.test(arg) || /\.(m?js|cjs|ts|py|sh|rb)$/.test(arg)) && !arg.startsWith("@"));
}
