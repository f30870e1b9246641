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
    printErr(`mcp-inspect conformance adapter: could not connect to ${url}: ${(error as Error).message}\n`);
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
    await explore(client, authorized, options.scenario);
    return 0;
  } catch (error) {
    printErr(`mcp-inspect conformance adapter: ${(error as Error).message}\n`);
    return 1;
  } finally {
    const terminate = (transport as { terminateSession?: () => Promise<void> }).terminateSession;
    await terminate?.call(transport).catch(() => {});
    await client.close().catch(() => {});
  }
}

type Authorized = <T>(call: () => Promise<T>) => Promise<T>;

async function explore(client: Client, authorized: Authorized, scenario: string | undefined): Promise<void> {
  const capabilities = client.getServerCapabilities() ?? {};
  const { tools } = await authorized(() => client.listTools());
  if (capabilities.resources) await authorized(() => client.listResources());
  if (capabilities.prompts) await authorized(() => client.listPrompts());
  for (const tool of tools) {
    await shown(`tools/call ${tool.name}`, () => authorized(() => client.callTool({ name: tool.name, arguments: argumentsFor(tool, tools, scenario) })));
  }
  if (capabilities.resources) {
    const { resources } = await authorized(() => client.listResources());
    const first = resources[0];
    if (first) await shown(`resources/read ${first.uri}`, () => authorized(() => client.readResource({ uri: first.uri })));
  }
  if (capabilities.prompts) {
    const { prompts } = await authorized(() => client.listPrompts());
    const first = prompts[0];
    if (first) {
      const args = Object.fromEntries((first.arguments ?? []).filter((a) => a.required).map((a) => [a.name, "value"]));
      await shown(`prompts/get ${first.name}`, () => authorized(() => client.getPrompt({ name: first.name, arguments: args })));
    }
  }
}

/**
 * What a person would type into the tool's form: the smallest arguments its schema asks for. One scenario asks the
 * person to paste another tool's schema back (json-schema-2020-12-preservation): the form then holds that schema.
 */
export function argumentsFor(tool: Tool, tools: Tool[], scenario: string | undefined): Record<string, unknown> {
  if (scenario === "json-schema-2020-12-preservation" && tool.name === "json_schema_echo") {
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
    printErr(`${what} failed: ${(error as Error).message}\n`);
  }
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

/** The suite hands pre-registered client credentials in MCP_CONFORMANCE_CONTEXT, as a person would paste them in. */
function preRegistered(context: Record<string, unknown>): PreRegistered | undefined {
  const id = context["client_id"];
  const secret = context["client_secret"];
  if (typeof id !== "string") return undefined;
  return typeof secret === "string" ? { client_id: id, client_secret: secret } : { client_id: id };
}
