import type { ProtocolMode } from "@mcp-inspect/core";
import { UnauthorizedError, type Client, type Tool } from "@modelcontextprotocol/client";
import { toolArgsSkeleton } from "../doctor/doctor-tool-args";
import { printErr } from "../common/terminal-text";
import { connectAdapterClient, type Connected } from "./adapter-client";
import { AdapterOAuthProvider, type PreRegistered } from "./adapter-oauth";

/**
 * What the conformance suite's client scenarios get from us: mcp-inspect's client visiting the scenario's server
 * the way the inspector does when a person opens it and clicks through: connect (server/discover or initialize,
 * OAuth 2.1 on a 401), list what the server offers, call every tool, read a resource, get a prompt, disconnect.
 * A failed call is shown to the person, not fatal; a failed connect or listing is (exit 1).
 */
export async function runClientAdapter(url: string, options: { protocol: ProtocolMode; scenario?: string; context?: string }): Promise<number> {
  const context = parseContext(options.context);
  const provider = new AdapterOAuthProvider(preRegistered(context));
  let connected: Connected;
  try {
    connected = await connectAdapterClient(new URL(url), options.protocol, provider);
  } catch (error) {
    printErr(`mcp-inspect conformance adapter: could not connect to ${url}: ${describe(error)}\n`);
    return 1;
  }
  const { client, transport } = connected;
  // A call answered 401/403 mid-session (a step-up of scopes) authorizes again and is retried once, as the UI does.
  const authorized = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof UnauthorizedError) || !provider.callback || !("finishAuth" in transport)) throw error;
      const callback = provider.callback;
      provider.callback = undefined;
      await (transport as { finishAuth(params: URLSearchParams): Promise<void> }).finishAuth(callback);
      return call();
    }
  };
  try {
    await explore(client, authorized, { scenario: options.scenario, typed: typedArguments(context) });
    return 0;
  } catch (error) {
    printErr(`mcp-inspect conformance adapter: ${describe(error)}\n`);
    return 1;
  } finally {
    const terminate = (transport as { terminateSession?: () => Promise<void> }).terminateSession;
    await terminate?.call(transport).catch(() => {});
    await client.close().catch(() => {});
  }
}

type Authorized = <T>(call: () => Promise<T>) => Promise<T>;

/** What the person knows before clicking: the scenario, and arguments they would type into a tool's form, by tool. */
export interface Person {
  scenario: string | undefined;
  typed: Map<string, Record<string, unknown>>;
}

async function explore(client: Client, authorized: Authorized, person: Person): Promise<void> {
  const capabilities = client.getServerCapabilities() ?? {};
  const { tools } = await authorized(() => client.listTools());
  const resources = capabilities.resources ? (await authorized(() => client.listResources())).resources : [];
  const prompts = capabilities.prompts ? (await authorized(() => client.listPrompts())).prompts : [];
  for (const tool of tools) {
    await shown(`tools/call ${tool.name}`, () => authorized(() => client.callTool({ name: tool.name, arguments: argumentsFor(tool, tools, person) })));
  }
  const resource = resources[0];
  if (resource) await shown(`resources/read ${resource.uri}`, () => authorized(() => client.readResource({ uri: resource.uri })));
  const prompt = prompts[0];
  if (prompt) {
    const args = Object.fromEntries((prompt.arguments ?? []).filter((a) => a.required).map((a) => [a.name, "value"]));
    await shown(`prompts/get ${prompt.name}`, () => authorized(() => client.getPrompt({ name: prompt.name, arguments: args })));
  }
}

/**
 * What a person would type into the tool's form: what the scenario hands them for it (its context's `toolCalls`),
 * else the smallest arguments its schema asks for. One scenario asks the person to paste another tool's schema back
 * (json-schema-2020-12-preservation): the form then holds that schema.
 */
export function argumentsFor(tool: Tool, tools: Tool[], person: Person): Record<string, unknown> {
  const typed = person.typed.get(tool.name);
  if (typed) return typed;
  if (person.scenario === "json-schema-2020-12-preservation" && tool.name === "json_schema_echo") {
    const focal = tools.find((t) => t.name === "json_schema_2020_12_tool");
    if (focal) return { schema: focal.inputSchema };
  }
  return toolArgsSkeleton(tool.inputSchema);
}

/** The UI shows a failed call in the log and goes on; so does the adapter (on stderr, which the suite keeps). */
async function shown(what: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    printErr(`${what} failed: ${describe(error)}\n`);
  }
}

/** An error and what caused it: fetch says only "fetch failed", its cause says why (a reset, a refusal). */
function describe(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? `${message} (${cause.code ?? cause.message ?? String(cause)})` : message;
}

function parseContext(raw: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  try {
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The suite's `toolCalls` context (the arguments a scenario wants sent, e.g. values that need header encoding). */
function typedArguments(context: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const typed = new Map<string, Record<string, unknown>>();
  const calls = Array.isArray(context["toolCalls"]) ? (context["toolCalls"] as unknown[]) : [];
  for (const call of calls) {
    const { name, arguments: args } = (call ?? {}) as { name?: unknown; arguments?: unknown };
    if (typeof name === "string" && args && typeof args === "object") typed.set(name, args as Record<string, unknown>);
  }
  return typed;
}

/** The suite hands pre-registered client credentials in MCP_CONFORMANCE_CONTEXT, as a person would paste them in. */
function preRegistered(context: Record<string, unknown>): PreRegistered | undefined {
  const id = context["client_id"];
  const secret = context["client_secret"];
  if (typeof id !== "string") return undefined;
  return typeof secret === "string" ? { client_id: id, client_secret: secret } : { client_id: id };
}
