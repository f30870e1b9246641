import type { SessionTarget } from "@mcp-inspect/core";
import { shellQuote } from "../../ui/shell-quote";

/** A server name Claude Code accepts: lower case, letters, digits, `-` and `_`. */
export function slugifyServerName(name: string | undefined): string {
  const slug = (name ?? "").toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return slug || "my-server";
}

/** `path` made absolute against `cwd` (POSIX), `.` and `..` folded: Claude Code runs servers from elsewhere. */
export function absolutePath(path: string, cwd: string): string {
  if (path.startsWith("/")) return path;
  const parts: string[] = [];
  for (const part of `${cwd}/${path}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
}

/** Whether an argument names a file relative to the cwd (not a flag, URL, npm package or plain word). */
function isRelativeFile(arg: string): boolean {
  if (arg.startsWith("-") || arg.startsWith("/") || arg.startsWith("@") || arg.includes("://") || arg.includes("=")) return false;
  return arg.startsWith("./") || arg.startsWith("../") || arg.includes("/") || /\.(m?js|cjs|ts|py|sh|rb|jar)$/.test(arg);
}

/** The stdio command line with relative paths made absolute; a bare command (`node`, `uvx`) stays, PATH finds it. */
export function absoluteCommandLine(command: string, args: readonly string[], cwd: string): string[] {
  const cmd = command.includes("/") ? absolutePath(command, cwd) : command;
  return [cmd, ...args.map((arg) => (isRelativeFile(arg) ? absolutePath(arg, cwd) : arg))];
}

/** An environment variable name for a header's value: `X-Api-Key` → `X_API_KEY`. */
function headerVariable(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

/**
 * A header's value as a template over an environment variable. Authorization keeps its scheme: the
 * variable holds the token, as users export it (`Bearer $TOKEN`), not the whole "Bearer ..." value.
 */
function headerTemplate(name: string): { scheme: string; variable: string } {
  return name.toLowerCase() === "authorization" ? { scheme: "Bearer ", variable: "TOKEN" } : { scheme: "", variable: headerVariable(name) };
}

/** `text` inside double quotes, where the shell still expands the `$VAR` we put there on purpose. */
function doubleQuoted(text: string): string {
  return `"${text.replace(/[\\"`$]/g, "\\$&")}"`;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `-e KEY="$KEY"`: pasted into a shell, it passes the value the user has exported, never a placeholder. */
function envFlag(key: string): string {
  return ENV_NAME.test(key) ? `-e ${key}="$${key}"` : shellQuote(["-e", `${key}=...`]);
}

/** `--header "Authorization: Bearer $TOKEN"`: the value comes from the user's environment. */
function headerFlag(name: string): string {
  const { scheme, variable } = headerTemplate(name);
  return `--header ${doubleQuoted(`${name}: ${scheme}`).slice(0, -1)}$${variable}"`;
}

/**
 * `claude mcp add --scope user ...` for the target: names of env variables and headers only, never values;
 * each value is a `"$VAR"` the user's shell fills in when they paste the line.
 */
export function claudeAddCommand(name: string, target: SessionTarget): string {
  if (target.type === "http") {
    const transport = target.transport === "sse" ? "sse" : "http";
    const headers = target.headerNames.map(headerFlag);
    return [shellQuote(["claude", "mcp", "add", "--scope", "user", "--transport", transport, name, target.url]), ...headers].join(" ");
  }
  const env = target.envKeys.map(envFlag);
  return [shellQuote(["claude", "mcp", "add", "--scope", "user", name]), ...env, shellQuote(["--", ...absoluteCommandLine(target.command, target.args, target.cwd)])].join(" ");
}

/** The `.mcp.json` (project scope) entry: values come from the user's environment through `${VAR}`. */
export function mcpJsonEntry(name: string, target: SessionTarget): { mcpServers: Record<string, unknown> } {
  if (target.type === "http") {
    const headers = Object.fromEntries(target.headerNames.map((h) => [h, `${headerTemplate(h).scheme}\${${headerTemplate(h).variable}}`]));
    return { mcpServers: { [name]: { type: target.transport === "sse" ? "sse" : "http", url: target.url, ...(target.headerNames.length ? { headers } : {}) } } };
  }
  const [command, ...args] = absoluteCommandLine(target.command, target.args, target.cwd);
  const env = Object.fromEntries(target.envKeys.map((key) => [key, `\${${key}}`]));
  return { mcpServers: { [name]: { command, args, ...(target.envKeys.length ? { env } : {}) } } };
}

/**
 * The same registration through `mcp-inspect proxy`, so Claude Code's own traffic with the server is recorded and
 * checked (stdio only: the proxy runs the command). Env names pass through `-e` like above, values from the shell.
 */
export function claudeAddProxyCommand(name: string, target: SessionTarget): string | undefined {
  if (target.type !== "stdio") return undefined;
  const env = target.envKeys.map(envFlag);
  const server = absoluteCommandLine(target.command, target.args, target.cwd);
  return [shellQuote(["claude", "mcp", "add", "--scope", "user", name]), ...env, shellQuote(["--", "npx", "mcp-inspect", "proxy", "--name", name, "--", ...server])].join(" ");
}
