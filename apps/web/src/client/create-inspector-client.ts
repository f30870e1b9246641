import { Client, type ClientOptions } from "@modelcontextprotocol/client";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/client/validators/ajv";
import { createSdkSchemaAjv } from "@mcp-inspect/core/sdk-schema-ajv";
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
  // The SDK checks tools/call results against the server's outputSchema: its patterns must run on RE2.
  const jsonSchemaValidator = new AjvJsonSchemaValidator(createSdkSchemaAjv());
  const client = new Client(
    { name: "mcp-inspect", version },
    { capabilities: extensionCapabilities(extensions), jsonSchemaValidator, ...negotiationOptions(mode) },
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
