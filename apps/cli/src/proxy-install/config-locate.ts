import { basename, dirname, resolve } from "node:path";
import { findNodeAtLocation, getNodeValue, parseTree, type Node, type ParseError } from "jsonc-parser";
import { parseJsonFile } from "../config/config-file-json";
import { UsageError } from "../common/usage-error";

/** The client whose config file this is: it says where the servers live in the file. */
export const CONFIG_FORMATS = ["claude-code", "claude-desktop", "vscode", "cursor"] as const;
export type ConfigFormat = (typeof CONFIG_FORMATS)[number];

const FORMAT_LABEL: Record<ConfigFormat, string> = {
  "claude-code": "Claude Code",
  "claude-desktop": "Claude Desktop",
  vscode: "VS Code",
  cursor: "Cursor",
};

/** One server entry found in the file: where it is (for messages) and its syntax nodes (for edits). */
export interface LocatedEntry {
  format: ConfigFormat;
  formatLabel: string;
  /** `mcpServers.weather`, `projects["/repo"].mcpServers.weather`, `servers.weather`. */
  path: string;
  /** The ~/.claude.json project folder of a local-scope entry. */
  project?: string;
  /** The `"name": {...}` property node, and its value. */
  property: Node;
  value: Node;
}

export interface LocateOptions {
  format?: ConfigFormat;
  /** ~/.claude.json: the project folder whose local-scope entry is meant. */
  project?: string;
  /** ~/.claude.json: the user-scope (top-level mcpServers) entry is meant. */
  userScope?: boolean;
}

/** Which client a file belongs to, by its name first (the clients fix their file names), then by its shape. */
export function detectFormat(file: string, root: Record<string, unknown>): ConfigFormat {
  const name = basename(file);
  const folder = basename(dirname(resolve(file)));
  if (name === ".mcp.json" || name === ".claude.json") return "claude-code";
  if (name === "claude_desktop_config.json") return "claude-desktop";
  if (folder === ".cursor") return "cursor";
  if (folder === ".vscode" || name === "settings.json") return "vscode";
  if ("mcpServers" in root) return "claude-code";
  if ("servers" in root || isObject(root.mcp)) return "vscode";
  throw new UsageError(`${file}: cannot tell which client this file is for (no "mcpServers" or "servers"); say it with --format ${CONFIG_FORMATS.join("|")}`);
}

/** The JSON paths that hold servers by name in a file of this format. */
function serverTables(format: ConfigFormat, tree: Node): Array<{ path: Array<string>; label: string; project?: string }> {
  if (format === "vscode") {
    // .vscode/mcp.json has `servers`; a settings.json has them under `mcp.servers`.
    return [{ path: ["servers"], label: "servers" }, { path: ["mcp", "servers"], label: "mcp.servers" }];
  }
  const tables: Array<{ path: string[]; label: string; project?: string }> = [{ path: ["mcpServers"], label: "mcpServers" }];
  if (format === "claude-code") {
    // ~/.claude.json keeps local-scope servers per project folder.
    const projects = findNodeAtLocation(tree, ["projects"]);
    for (const entry of projects?.type === "object" ? (projects.children ?? []) : []) {
      const folder = entry.children?.[0]?.value as string;
      tables.push({ path: ["projects", folder, "mcpServers"], label: `projects[${JSON.stringify(folder)}].mcpServers`, project: folder });
    }
  }
  return tables;
}

/** Parses the file (a syntax error names line and column) and finds the one entry named `name`, or says why not. */
export function locateEntry(text: string, file: string, name: string, options: LocateOptions): LocatedEntry {
  // parseJsonFile throws the project's usual "file:line:column: malformed JSON: ..." message.
  const root = parseJsonFile(text, file);
  if (!isObject(root)) throw new UsageError(`${file}: expected a JSON object with "mcpServers" (Claude, Cursor) or "servers" (VS Code)`);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true })!;
  const format = options.format ?? detectFormat(file, root);
  if ((options.project !== undefined || options.userScope) && format !== "claude-code") {
    throw new UsageError(`--project and --user-scope are for Claude Code's ~/.claude.json; ${file} is a ${FORMAT_LABEL[format]} file`);
  }
  const found: LocatedEntry[] = [];
  const present: string[] = [];
  for (const table of serverTables(format, tree)) {
    const node = findNodeAtLocation(tree, table.path);
    if (node?.type !== "object") continue;
    for (const property of node.children ?? []) {
      const key = property.children?.[0]?.value as string;
      present.push(`  ${key}${table.project ? `  (project ${table.project})` : ""}`);
      if (key !== name) continue;
      found.push({ format, formatLabel: FORMAT_LABEL[format], path: `${table.label}.${name}`, ...(table.project !== undefined ? { project: table.project } : {}), property, value: property.children![1]! });
    }
  }
  let matches = found;
  if (options.project !== undefined) {
    const wanted = options.project;
    matches = found.filter((e) => e.project !== undefined && (e.project === wanted || e.project === resolve(wanted)));
  } else if (options.userScope) {
    matches = found.filter((e) => e.project === undefined);
  }
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const where = matches.map((e) => `  ${e.path}${e.project !== undefined ? `  (--project ${e.project})` : "  (--user-scope)"}`).join("\n");
    throw new UsageError(`"${name}" is defined ${matches.length} times in ${file}; pick one with --project <folder> or --user-scope:\n${where}`);
  }
  const scope = options.project !== undefined ? ` for project ${options.project}` : options.userScope ? " in the user scope" : "";
  throw new UsageError(present.length ? `${file} has no server named "${name}"${scope}; it has:\n${present.join("\n")}` : `${file} has no servers (${FORMAT_LABEL[format]} format)`);
}

/** The string value of a property of an object node, and the node, if it is there. */
export function stringProperty(value: Node, key: string): { node: Node; value: unknown } | undefined {
  const node = findNodeAtLocation(value, [key]);
  return node ? { node, value: getNodeValue(node) } : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
