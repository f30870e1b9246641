// completion/complete for prompt arguments and resource-template variables, filtered by the typed prefix.
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CompleteRequestSchema, ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { promptArgumentValues } from "./prompts.js";
import { templateVariableValues } from "./resource-templates.js";

// The spec caps a completion response at 100 values.
const MAX_VALUES = 100;

export function installCompletionHandler(server: Server): void {
  server.setRequestHandler(CompleteRequestSchema, (request) => {
    const { ref, argument } = request.params;
    let candidates: readonly string[];
    if (ref.type === "ref/prompt") {
      candidates = promptArgumentValues(ref.name, argument.name);
    } else {
      const values = templateVariableValues(ref.uri, argument.name);
      if (!values) throw new McpError(ErrorCode.InvalidParams, `No completions for ${ref.uri} variable ${argument.name}`);
      candidates = values;
    }
    const prefix = argument.value.toLowerCase();
    const matches = candidates.filter((value) => value.toLowerCase().startsWith(prefix));
    return {
      completion: { values: matches.slice(0, MAX_VALUES), total: matches.length, hasMore: matches.length > MAX_VALUES },
    };
  });
}
