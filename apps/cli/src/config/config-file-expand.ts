import { UsageError } from "../common/usage-error";

/** What `${...}` may refer to besides environment variables (VS Code's `${workspaceFolder}`, `${env:X}`, `${input:x}`). */
export interface ExpandContext {
  env: Record<string, string | undefined>;
  /** Set for VS Code files: the folder `.vscode` is in. */
  workspaceFolder?: string;
  /** Where the value is, for errors: e.g. `mcpServers.github.env.TOKEN`. */
  path: string;
  file: string;
}

/**
 * Expands `${VAR}` and `${VAR:-default}` the way Claude Code does in command, args, env, url and
 * headers. A variable that is not set and has no default is an error naming it.
 */
export function expandVars(value: string, ctx: ExpandContext): string {
  return value.replace(/\$\{([^}]*)\}/g, (whole, body: string) => {
    if (ctx.workspaceFolder !== undefined) {
      if (body === "workspaceFolder") return ctx.workspaceFolder;
      if (body.startsWith("input:")) {
        throw new UsageError(`${ctx.file}: ${ctx.path} uses ${whole}, a value VS Code prompts for; mcp-inspect cannot prompt: pass it with -e or write it in the file`);
      }
      if (body.startsWith("env:")) body = body.slice(4);
    }
    const sep = body.indexOf(":-");
    const name = sep === -1 ? body : body.slice(0, sep);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`${ctx.file}: ${ctx.path} has ${whole}, which is not a variable reference (\${NAME} or \${NAME:-default})`);
    const set = ctx.env[name];
    if (set !== undefined) return set;
    if (sep !== -1) return body.slice(sep + 2);
    throw new UsageError(`${ctx.file}: ${ctx.path} needs the environment variable ${name}, which is not set (set it, or write \${${name}:-default})`);
  });
}
