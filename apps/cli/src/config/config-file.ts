import { readFileSync } from "node:fs";
import { basename, dirname, isAbsolute, resolve } from "node:path";
import { expandVars, type ExpandContext } from "./config-file-expand";
import { parseJsonFile, strictJsonProblem } from "./config-file-json";
import { UsageError } from "../common/usage-error";

/** One server entry, validated and with `${VAR}` expanded. */
export type ConfiguredServer =
  | { name: string; type: "stdio"; command: string; args: string[]; env: Record<string, string>; cwd?: string }
  | { name: string; type: "http" | "sse"; url: string; headers: Record<string, string> };

interface Entry {
  name: string;
  /** JSON path of the entry, for errors: `mcpServers.github`, `projects["/repo"].mcpServers.github`. */
  path: string;
  value: unknown;
  /** The project folder of a `~/.claude.json` local-scope entry. */
  project?: string;
}

/**
 * Reads a Claude Code (`.mcp.json`, `~/.claude.json`), Claude Desktop (`claude_desktop_config.json`)
 * or VS Code (`.vscode/mcp.json`: key `servers`, comments allowed) file and returns the server named
 * `name`, or the only one. `cwd` is the folder a local-scope `~/.claude.json` entry is preferred for.
 */
export function loadConfiguredServer(file: string, name: string | undefined, env: Record<string, string | undefined>, cwd = process.cwd()): ConfiguredServer {
  const config = readConfig(file, env);
  return config.read(pickEntry(config.entries, name, file, cwd));
}

/**
 * Every server of the file, in its order, each read on its own: one entry's mistake (a missing
 * variable, a wrong type) is that entry's `error`, so the others can still be started. `warnings`:
 * what the file's own client would trip on although it is read here.
 */
export function listConfiguredServers(file: string, env: Record<string, string | undefined>, cwd = process.cwd()): { servers: Array<{ name: string; server?: ConfiguredServer; error?: string }>; warnings: string[] } {
  const config = readConfig(file, env);
  const names = [...new Set(config.entries.map((e) => e.name))];
  const servers = names.map((name) => {
    try {
      return { name, server: config.read(pickEntry(config.entries, name, file, cwd)) };
    } catch (error) {
      return { name, error: (error as Error).message };
    }
  });
  return { servers, warnings: config.warnings };
}

// Who reads a file of this name with JSON.parse, as the warning says it.
const STRICT_READERS: Record<string, string> = {
  "claude_desktop_config.json": "Claude Desktop parses",
  ".mcp.json": "Claude Code parses",
  ".claude.json": "Claude Code parses",
};

/** Comments or trailing commas anywhere but in VS Code's mcp.json: Claude Code and Claude Desktop parse strict JSON. */
function strictJsonWarnings(text: string, file: string): string[] {
  const problem = strictJsonProblem(text);
  if (!problem) return [];
  const readers = STRICT_READERS[basename(file)] ?? "Claude Code and Claude Desktop parse";
  return [`${file}:${problem.line}:${problem.column}: ${problem.what}: read here, but ${readers} this file as strict JSON and would not load it (only VS Code's mcp.json allows comments and trailing commas)`];
}

function readConfigText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`config file not found: ${resolve(file)}`);
    throw new UsageError(`cannot read config file ${file}: ${(error as Error).message}`);
  }
}

function readConfig(file: string, env: Record<string, string | undefined>): { entries: Entry[]; read: (entry: Entry) => ConfiguredServer; warnings: string[] } {
  const text = readConfigText(file);
  const root = parseJsonFile(text, file);
  if (!isObject(root)) throw new UsageError(`${file}: expected a JSON object with "mcpServers" (Claude) or "servers" (VS Code)`);
  const entries = listEntries(root, file);
  if (entries.length === 0) throw new UsageError(`${file} has no servers: expected "mcpServers": { "<name>": { "command": ... } } (or "servers" in VS Code's mcp.json)`);
  const vscode = !("mcpServers" in root) && "servers" in root;
  const folder = dirname(resolve(file));
  const workspaceFolder = basename(folder) === ".vscode" ? dirname(folder) : folder;
  const ctx = (path: string): ExpandContext => ({ env, file, path, ...(vscode ? { workspaceFolder } : {}) });
  // Where the client would start the server, so relative paths in command and args mean what they mean there:
  // Claude Code runs a project's .mcp.json servers (and ~/.claude.json's per-project ones) in the project
  // folder, VS Code in the workspace folder. Claude Desktop has no such folder: relative paths break there.
  const projectFolder = (entry: Entry) => entry.project ?? (vscode ? workspaceFolder : basename(file) === ".mcp.json" ? folder : undefined);
  const warnings = vscode ? [] : strictJsonWarnings(text, file);
  return { entries, read: (entry) => readEntry(entry, folder, ctx, projectFolder(entry)), warnings };
}

function listEntries(root: Record<string, unknown>, file: string): Entry[] {
  const entries: Entry[] = [];
  const add = (servers: unknown, path: string, project?: string) => {
    if (servers === undefined) return;
    if (!isObject(servers)) throw new UsageError(`${file}: ${path} must be an object of servers by name`);
    for (const [name, value] of Object.entries(servers)) entries.push({ name, path: `${path}.${name}`, value, ...(project ? { project } : {}) });
  };
  add(root.mcpServers, "mcpServers");
  add(root.servers, "servers");
  // ~/.claude.json keeps local-scope servers per project folder.
  if (isObject(root.projects)) {
    for (const [folder, project] of Object.entries(root.projects)) {
      if (isObject(project)) add(project.mcpServers, `projects[${JSON.stringify(folder)}].mcpServers`, folder);
    }
  }
  return entries;
}

function pickEntry(entries: Entry[], name: string | undefined, file: string, cwd: string): Entry {
  const list = () => entries.map((e) => `  ${e.name}${e.project ? `  (project ${e.project})` : ""}`).join("\n");
  if (name === undefined) {
    if (entries.length === 1) return entries[0]!;
    throw new UsageError(`${file} has ${entries.length} servers; pick one with --server <name>:\n${list()}`);
  }
  const matches = entries.filter((e) => e.name === name);
  if (matches.length === 0) throw new UsageError(`${file} has no server named "${name}"; it has:\n${list()}`);
  if (matches.length === 1) return matches[0]!;
  // Like Claude Code: the current project's local entry wins over the user-scope one.
  return matches.find((e) => e.project === cwd) ?? matches.find((e) => !e.project) ?? fail(`"${name}" is defined for several projects in ${file}; run from the project folder:\n${list()}`);
}

function readEntry(entry: Entry, folder: string, ctx: (path: string) => ExpandContext, projectFolder: string | undefined): ConfiguredServer {
  const { value, path, name } = entry;
  const file = ctx(path).file;
  if (!isObject(value)) throw new UsageError(`${file}: ${path} must be an object with "command" or "url"`);
  const str = (key: string) => {
    const v = value[key];
    if (v === undefined) return undefined;
    if (typeof v !== "string") throw new UsageError(`${file}: ${path}.${key} must be a string, got ${describe(v)}`);
    return expandVars(v, ctx(`${path}.${key}`));
  };
  const strings = (key: string): string[] => {
    const v = value[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new UsageError(`${file}: ${path}.${key} must be an array of strings, got ${describe(v)}`);
    return v.map((item, i) => {
      if (typeof item !== "string") throw new UsageError(`${file}: ${path}.${key}[${i}] must be a string, got ${describe(item)}`);
      return expandVars(item, ctx(`${path}.${key}[${i}]`));
    });
  };
  const record = (key: string): Record<string, string> => {
    const v = value[key];
    if (v === undefined) return {};
    if (!isObject(v)) throw new UsageError(`${file}: ${path}.${key} must be an object of strings, got ${describe(v)}`);
    const out: Record<string, string> = {};
    for (const [k, item] of Object.entries(v)) {
      if (typeof item !== "string") throw new UsageError(`${file}: ${path}.${key}.${k} must be a string, got ${describe(item)}`);
      out[k] = expandVars(item, ctx(`${path}.${key}.${k}`));
    }
    return out;
  };
  const type = str("type") ?? (value.url !== undefined ? "http" : "stdio");
  if (type === "http" || type === "sse" || type === "streamable-http") {
    const url = str("url");
    if (!url) throw new UsageError(`${file}: ${path} has type "${type}" but no "url"`);
    return { name, type: type === "sse" ? "sse" : "http", url, headers: record("headers") };
  }
  if (type !== "stdio") throw new UsageError(`${file}: ${path}.type must be "stdio", "http" or "sse", got "${type}"`);
  const command = str("command");
  if (!command) throw new UsageError(`${file}: ${path} has no "command" (or "url" for a remote server)`);
  const env = record("env");
  for (const key of Object.keys(env)) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new UsageError(`${file}: ${path}.env has "${key}", which is not a valid variable name`);
  const given = str("cwd");
  // A relative cwd means the config file's folder, as Claude Code reads it from the project.
  const cwd = given ? (isAbsolute(given) ? given : resolve(folder, given)) : projectFolder;
  return { name, type: "stdio", command, args: strings("args"), env, ...(cwd ? { cwd } : {}) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
}

function fail(message: string): never {
  throw new UsageError(message);
}
