import { Client, type CallToolRequest, type CallToolRequestOptions, type CallToolResult, type ClientOptions } from "@modelcontextprotocol/client";
import { MODERN_REVISION, type ProtocolMode, type ServerIdentity } from "@mcp-inspect/core";
import { extensionCapabilities, type ClientExtension, type ExtensionContext } from "./client-extension";
import type { RelayLink } from "./relay-connection";
import { RelayTransport } from "./relay-transport";

export type ListKind = "tools" | "resources" | "prompts";

export interface InspectorClient {
  client: Client;
  transport: RelayTransport;
  /** Resolves once the handshake (server/discover or initialize) succeeded, with what the server said about itself. */
  initialized: Promise<ServerIdentity>;
}

type SchemaValidator = NonNullable<ClientOptions["jsonSchemaValidator"]>;

let validator: SchemaValidator | undefined;
let validatorLoading: Promise<unknown> | undefined;

/**
 * The SDK checks tools/call results against the server's outputSchema, and its patterns must run on RE2. Ajv and
 * RE2 are a chunk of their own (about as big as the SDK): they load with the first `callTool`, not with the
 * client that has to connect first. The SDK compiles an outputSchema only inside `callTool`, which waits for them.
 */
function loadValidator(): Promise<unknown> {
  validatorLoading ??= Promise.all([import("@modelcontextprotocol/client/validators/ajv"), import("@mcp-inspect/core/sdk-schema-ajv")]).then(
    ([{ AjvJsonSchemaValidator }, { createSdkSchemaAjv }]) => (validator = new AjvJsonSchemaValidator(createSdkSchemaAjv())),
  );
  return validatorLoading;
}

const lazyValidator: SchemaValidator = {
  getValidator: (schema) => {
    if (!validator) throw new Error("the JSON Schema validator has not loaded yet");
    return validator.getValidator(schema);
  },
};

/** The SDK client, with the schema validator loaded before the one method that uses it. */
class InspectorSdkClient extends Client {
  override async callTool(params: CallToolRequest["params"], options?: CallToolRequestOptions): Promise<CallToolResult> {
    await loadValidator();
    return super.callTool(params, options);
  }
}

/**
 * How the v2 client negotiates for a `--protocol` mode: auto probes with server/discover and falls back to
 * initialize; 2026-07-28 pins the modern era; a 2025-era revision is an initialize that offers only it, so a
 * server answering another revision fails the handshake with a message naming both.
 */
export function negotiationOptions(mode: ProtocolMode): Pick<ClientOptions, "versionNegotiation" | "supportedProtocolVersions"> {
  if (mode === "auto") return { versionNegotiation: { mode: "auto" } };
  if (mode >= MODERN_REVISION) return { versionNegotiation: { mode: { pin: mode } } };
  return { versionNegotiation: { mode: "legacy" }, supportedProtocolVersions: [mode] };
}

/**
 * A v2 SDK client over a fresh relay transport, connecting at once (server/discover or initialize, per `mode`).
 * What it advertises and answers beyond lists comes from the extensions (client requests, tasks: see app/).
 */
export function createInspectorClient(
  link: RelayLink,
  version: string,
  onListChanged: (kind: ListKind) => void,
  extensions: readonly ClientExtension[] = [],
  context: ExtensionContext = { header: () => undefined },
  mode: ProtocolMode = "auto",
): InspectorClient {
  const client = new InspectorSdkClient(
    { name: "mcp-inspect", version },
    { capabilities: extensionCapabilities(extensions), jsonSchemaValidator: lazyValidator, ...negotiationOptions(mode) },
  );
  for (const extension of extensions) extension.register(client, context);
  client.setNotificationHandler("notifications/tools/list_changed", () => onListChanged("tools"));
  client.setNotificationHandler("notifications/resources/list_changed", () => onListChanged("resources"));
  client.setNotificationHandler("notifications/prompts/list_changed", () => onListChanged("prompts"));
  // The SDK reports e.g. responses to another tab's requests here; the log shows every frame anyway.
  client.onerror = () => {};
  const transport = new RelayTransport(link);
  const initialized = client.connect(transport).then((): ServerIdentity => {
    const info = client.getServerVersion();
    const discover = client.getDiscoverResult();
    return {
      name: info?.name ?? "",
      version: info?.version ?? "",
      title: info?.title,
      instructions: client.getInstructions(),
      protocolVersion: client.getNegotiatedProtocolVersion() ?? transport.protocolVersion ?? "",
      capabilities: (client.getServerCapabilities() ?? {}) as Record<string, unknown>,
      ...(discover ? { discover: discover as Record<string, unknown> } : {}),
    };
  });
  return { client, transport, initialized };
}
