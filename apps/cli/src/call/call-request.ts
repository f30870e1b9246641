import { UsageError } from "../common/usage-error";

export interface CallFlags {
  argsJson?: string;
  name?: string;
  uri?: string;
}

/**
 * The JSON-RPC params for `mcp-inspect call <method>`: the common methods take their natural flags
 * (`--name` + `--args-json` for tools/call and prompts/get, `--uri` for resources), any other method
 * takes `--args-json` as its params.
 */
export function buildCallParams(method: string, flags: CallFlags): Record<string, unknown> | undefined {
  const args = flags.argsJson === undefined ? undefined : parseArgsJson(flags.argsJson);
  switch (method) {
    case "tools/call":
    case "prompts/get":
      if (!flags.name) throw new UsageError(`${method} needs --name <${method === "tools/call" ? "tool" : "prompt"}>`);
      return { name: flags.name, ...(args === undefined ? {} : { arguments: args }) };
    case "resources/read":
    case "resources/subscribe":
    case "resources/unsubscribe":
      if (!flags.uri) throw new UsageError(`${method} needs --uri <uri>`);
      return { uri: flags.uri };
    default:
      if (flags.name || flags.uri) throw new UsageError(`--name and --uri apply to tools/call, prompts/get and resources/*; for ${method} pass params with --args-json`);
      return args;
  }
}

function parseArgsJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--args-json is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new UsageError("--args-json must be a JSON object");
  return value as Record<string, unknown>;
}
