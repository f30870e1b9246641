import { ProtocolError, ProtocolErrorCode, type CallToolResult, type Client, type Tool } from "@modelcontextprotocol/client";
import { AppBridge, PostMessageTransport, type McpUiHostContext, type McpUiResourceCsp, type McpUiResourcePermissions } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { AppDirection, JsonRpcMessage } from "@mcp-inspect/core";
import { appCallRefusal } from "./app-meta";
import { LoggedTransport } from "./logged-transport";

export type DisplayMode = "inline" | "fullscreen" | "pip";

/** What the person sees and decides while an app runs; the host calls these as the app asks. */
export interface AppHostEvents {
  initialized(): void;
  sizeChanged(size: { width?: number; height?: number }): void;
  /** `ui/message`: what the app would add to the conversation. */
  message(params: Record<string, unknown>): void;
  /** `ui/update-model-context`: what the app tells the model, replacing what it said before. */
  modelContext(params: Record<string, unknown>): void;
  /** `ui/open-link`: resolves true once the person confirmed (and the link was opened). */
  openLink(url: string): Promise<boolean>;
  /** `ui/request-display-mode`: the mode the host gives (one it offers). */
  displayMode(requested: DisplayMode): DisplayMode;
  teardownRequested(): void;
  log(params: Record<string, unknown>): void;
}

export interface AppHostOptions {
  /** The inspector's client now: after a server restart the app's calls go to the new process. */
  client: () => Client | undefined;
  /** The sandbox proxy's window (the outer frame), before its page loads. */
  frame: Window;
  html: string;
  csp?: McpUiResourceCsp;
  /** The permissions the person granted (a subset of what the resource asks for). */
  permissions?: McpUiResourcePermissions;
  hostContext: McpUiHostContext;
  /** The tools the server listed (with app-only ones), to refuse calls to tools an app may not see. */
  tools: () => readonly Tool[] | undefined;
  record: (dir: AppDirection, message: JsonRpcMessage) => void;
  events: AppHostEvents;
  version: string;
}

/**
 * The inspector as an MCP Apps host for one app: an AppBridge (ext-apps) over postMessage to the sandbox proxy, with
 * every message recorded. What the app asks of the server goes through the inspector's own client, so it shows in the
 * log like any request; a tool the app may not see is refused here, as a host must.
 */
export async function startAppHost(options: AppHostOptions): Promise<AppBridge> {
  const { events } = options;
  const client = (): Client => {
    const current = options.client();
    if (!current) throw new ProtocolError(ProtocolErrorCode.InternalError, "The inspector is not connected to the server right now");
    return current;
  };
  const bridge = new AppBridge(
    null,
    { name: "mcp-inspect", version: options.version },
    {
      openLinks: {},
      serverTools: {},
      serverResources: {},
      logging: {},
      updateModelContext: { text: {}, image: {}, structuredContent: {} },
      message: { text: {}, image: {} },
      sandbox: { ...(options.permissions && { permissions: options.permissions }), ...(options.csp && { csp: options.csp }) },
    } as never,
    { hostContext: options.hostContext },
  );
  bridge.oncalltool = async (params, extra) => {
    const refusal = appCallRefusal(params.name, options.tools());
    if (refusal) throw new ProtocolError(ProtocolErrorCode.InvalidParams, refusal);
    return (await client().request({ method: "tools/call", params }, { signal: extra.mcpReq.signal })) as CallToolResult;
  };
  bridge.onreadresource = (params, extra) => client().request({ method: "resources/read", params }, { signal: extra.mcpReq.signal });
  bridge.onlistresources = (params, extra) => client().request({ method: "resources/list", params }, { signal: extra.mcpReq.signal });
  bridge.onlistresourcetemplates = (params, extra) => client().request({ method: "resources/templates/list", params }, { signal: extra.mcpReq.signal });
  bridge.onmessage = async (params) => {
    events.message(params as Record<string, unknown>);
    return {};
  };
  bridge.onupdatemodelcontext = async (params) => {
    events.modelContext(params as Record<string, unknown>);
    return {};
  };
  bridge.onopenlink = async ({ url }) => ((await events.openLink(url)) ? {} : { isError: true });
  bridge.onrequestdisplaymode = async ({ mode }) => {
    const given = events.displayMode(mode);
    bridge.setHostContext({ ...options.hostContext, displayMode: given });
    return { mode: given };
  };
  bridge.addEventListener("sizechange", (size) => events.sizeChanged(size));
  bridge.addEventListener("initialized", () => events.initialized());
  bridge.addEventListener("requestteardown", () => events.teardownRequested());
  bridge.addEventListener("loggingmessage", (params) => events.log(params as Record<string, unknown>));
  bridge.addEventListener("sandboxready", () => {
    void bridge.sendSandboxResourceReady({
      html: options.html,
      ...(options.csp && { csp: options.csp }),
      ...(options.permissions && { permissions: options.permissions }),
    });
  });
  const transport = new LoggedTransport(new PostMessageTransport(options.frame, options.frame), options.record);
  await bridge.connect(transport);
  return bridge;
}

/** Asks the app to tear down (ui/resource-teardown) and closes the bridge once it answered or `ms` passed. */
export async function teardownApp(bridge: AppBridge, ms = 2000): Promise<void> {
  await Promise.race([bridge.teardownResource({}).catch(() => {}), new Promise((resolve) => setTimeout(resolve, ms))]);
  await bridge.close().catch(() => {});
}
