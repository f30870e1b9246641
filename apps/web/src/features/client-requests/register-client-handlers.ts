import type { Client } from "@modelcontextprotocol/client";
import type { ClientCapabilities, CreateMessageResult, ElicitResult } from "@modelcontextprotocol/client";
import type { SessionHeader } from "@mcp-inspect/core";
import type { ClientExtension } from "../../client/client-extension";
import { clientRequests, type ClientRequestStore } from "./client-request-store";
import { readRequestTimeoutMs } from "./request-timeout";
import { rootsStore, type RootsStore } from "./roots-store";
import { samplingResult } from "./sampling-reply";
import { samplingRules, type SamplingRulesStore } from "./sampling-rules";
import { targetCwd, targetKey } from "./target-key";

/**
 * Exactly what the UI answers: roots it lets the person edit (and announces changes of), sampling
 * with tool definitions shown, and both elicitation modes (2025-11-25 shape; the SDK reads a bare
 * `elicitation: {}` from older peers as form mode, and older servers ignore the sub-keys).
 */
export const CLIENT_CAPABILITIES: ClientCapabilities = {
  roots: { listChanged: true },
  sampling: { tools: {} },
  elicitation: { form: {}, url: {} },
};

export interface ClientRequestContext {
  /** The session header, for the target whose roots apply. */
  header: () => SessionHeader | undefined;
  requests?: ClientRequestStore;
  roots?: RootsStore;
  rules?: SamplingRulesStore;
  timeoutMs?: () => number;
}

/** Sampling and elicitation go to the person (through the requests store); roots come from the roots store. */
export function registerClientHandlers(client: Client, context: ClientRequestContext): void {
  const requests = context.requests ?? clientRequests;
  const roots = context.roots ?? rootsStore;
  const rules = context.rules ?? samplingRules;
  const timeoutMs = context.timeoutMs ?? (() => readRequestTimeoutMs());
  const server = () => client.getServerVersion()?.name ?? "";

  client.setRequestHandler("roots/list", () => {
    const target = context.header()?.target;
    return { roots: [...roots.get(targetKey(target), targetCwd(target))] };
  });

  client.setRequestHandler("sampling/createMessage", async (request, extra) => {
    const input = { kind: "sampling" as const, server: server(), rpcId: extra.mcpReq.id, params: request.params, timeoutMs: timeoutMs(), signal: extra.mcpReq.signal };
    const rule = rules.forServer(input.server);
    if (rule) {
      const result = samplingResult(rule.reply);
      requests.record(input, result);
      return result;
    }
    return (await requests.open(input)) as CreateMessageResult;
  });

  client.setRequestHandler("elicitation/create", async (request, extra) => {
    const input = { kind: "elicitation" as const, server: server(), rpcId: extra.mcpReq.id, params: request.params, timeoutMs: timeoutMs(), signal: extra.mcpReq.signal };
    return (await requests.open(input)) as ElicitResult;
  });
}

/** This feature as a client extension: the person answers through this server's own requests store. */
export function clientRequestsExtension(requests: ClientRequestStore): ClientExtension {
  return {
    capabilities: CLIENT_CAPABILITIES,
    register: (client, context) => registerClientHandlers(client, { header: context.header, requests }),
  };
}
