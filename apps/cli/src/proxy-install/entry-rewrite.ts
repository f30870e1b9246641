import { applyEdits, type Edit, type Node } from "jsonc-parser";
import { UsageError } from "../common/usage-error";
import { stringProperty, type LocatedEntry } from "./config-locate";

/** How the client is to start mcp-inspect: a command and the arguments before `proxy`. */
export interface Launcher {
  command: string;
  args: string[];
}

/*
 * Both rewrites are a few text edits inside the entry, never a re-print: every other byte of the file
 * stays. They are exact inverses, so uninstall needs nothing but the entry itself:
 *   install:   "command": C, "args": [A...]  ->  "command": "<node>", "args": ["<cli.js>", "proxy", "--name", N, "--", C, A...]
 * The original command goes into args as its raw text (escapes and all) and comes back from there. An entry
 * without "args" gets `, "args": [...]` right after its command, which uninstall removes again.
 * (jsonc-parser's modify() would re-format what it touches and could not be undone byte for byte.)
 */

const ARGS_CREATED = `, "args": `;

function raw(text: string, node: Node): string {
  return text.slice(node.offset, node.offset + node.length);
}

/** The entry's command and args nodes, after refusing what cannot be proxied. */
function stdioParts(text: string, entry: LocatedEntry, file: string): { command: Node; args?: Node } {
  const where = `${file}: ${entry.path}`;
  if (entry.value.type !== "object") throw new UsageError(`${where} is not an object with "command"`);
  const url = stringProperty(entry.value, "url");
  const type = stringProperty(entry.value, "type")?.value;
  if (url || type === "http" || type === "sse" || type === "streamable-http") {
    throw new UsageError(`${where} is a remote server (${url ? `url ${JSON.stringify(url.value)}` : `type "${String(type)}"`}): proxy install rewrites stdio servers only; proxying a remote server over HTTP is not available yet`);
  }
  const command = stringProperty(entry.value, "command");
  if (!command || typeof command.value !== "string") throw new UsageError(`${where} has no "command" string`);
  const args = stringProperty(entry.value, "args");
  if (args && (args.node.type !== "array" || !(args.node.children ?? []).every((c) => c.type === "string"))) {
    throw new UsageError(`${where}.args must be an array of strings`);
  }
  return { command: command.node, ...(args ? { args: args.node } : {}) };
}

/** Where `proxy` sits in a proxied entry's args, and the `--` after which the original command follows; undefined when not proxied. */
export function proxiedShape(command: string, args: string[]): { separator: number } | undefined {
  // node <cli.js> proxy ..., npx [-y] mcp-inspect proxy ..., mcp-inspect proxy ...: `proxy` follows something naming mcp-inspect.
  const at = args.indexOf("proxy");
  if (at < 0 || at > 2) return undefined;
  const before = [command, ...args.slice(0, at)].join(" ");
  if (!/mcp-inspect|cli\.js/.test(before)) return undefined;
  const separator = args.indexOf("--", at);
  if (separator < 0 || separator + 1 >= args.length) return undefined;
  return { separator };
}

function argValues(args: Node | undefined): string[] {
  return (args?.children ?? []).map((c) => c.value as string);
}

/** The file's text with the entry started through `mcp-inspect proxy`. */
export function installProxy(text: string, entry: LocatedEntry, file: string, launcher: Launcher, name: string, recordFile?: string): string {
  const { command, args } = stdioParts(text, entry, file);
  if (proxiedShape(command.value as string, argValues(args))) {
    throw new UsageError(`${file}: ${entry.path} already goes through mcp-inspect proxy; run proxy uninstall first to restore it`);
  }
  const prefix = [...launcher.args, "proxy", "--name", name, ...(recordFile ? ["--record", recordFile] : []), "--"].map((a) => JSON.stringify(a));
  const moved = [...prefix, raw(text, command)].join(", ");
  const edits: Edit[] = [{ offset: command.offset, length: command.length, content: JSON.stringify(launcher.command) }];
  const first = args?.children?.[0];
  if (!args) edits.push({ offset: command.offset + command.length, length: 0, content: `${ARGS_CREATED}[${moved}]` });
  else if (first) edits.push({ offset: first.offset, length: 0, content: `${moved}, ` });
  else edits.push({ offset: args.offset + 1, length: 0, content: moved });
  return applyEdits(text, edits);
}

/**
 * The file's text with the entry as it was before install. `argsExisted` settles the one case the entry
 * cannot tell: an empty `"args": []` written right after the command on the same line looks exactly like
 * the args install adds (the command module asks the backup); without it, install's own shape wins.
 */
export function uninstallProxy(text: string, entry: LocatedEntry, file: string, argsExisted?: boolean): string {
  const { command, args } = stdioParts(text, entry, file);
  const shape = args ? proxiedShape(command.value as string, argValues(args)) : undefined;
  if (!args || !shape) throw new UsageError(`${file}: ${entry.path} does not go through mcp-inspect proxy; nothing to restore`);
  const children = args.children!;
  const original = children[shape.separator + 1]!;
  const edits: Edit[] = [{ offset: command.offset, length: command.length, content: raw(text, original) }];
  const commandEnd = command.offset + command.length;
  const kept = children[shape.separator + 2];
  if (kept) edits.push({ offset: children[0]!.offset, length: kept.offset - children[0]!.offset, content: "" });
  else if (createdShape(text, command, args) && argsExisted !== true) edits.push({ offset: commandEnd, length: args.offset + args.length - commandEnd, content: "" });
  else edits.push({ offset: children[0]!.offset, length: original.offset + original.length - children[0]!.offset, content: "" });
  return applyEdits(text, edits);
}

/** Exactly what install writes for an entry that had no args: `, "args": [` right after the command, no space inside the brackets. */
function createdShape(text: string, command: Node, args: Node): boolean {
  const children = args.children ?? [];
  const last = children[children.length - 1];
  return text.slice(command.offset + command.length, args.offset) === ARGS_CREATED && children[0]?.offset === args.offset + 1 && !!last && last.offset + last.length === args.offset + args.length - 1;
}

/** Whether uninstall cannot tell from the entry alone if install added its args (see uninstallProxy). */
export function argsCreatedShape(text: string, entry: LocatedEntry): boolean {
  const command = stringProperty(entry.value, "command")?.node;
  const args = stringProperty(entry.value, "args")?.node;
  return !!command && !!args && createdShape(text, command, args);
}
