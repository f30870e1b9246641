import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv";
import { createSdkSchemaAjv } from "@mcp-inspect/core/sdk-schema-ajv";
import {
  PromptListChangedNotificationSchema,
  ResourceListChangedNotificationSchema,
  ToolListChangedNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import type { ServerIdentity } from "@mcp-inspect/core";
import { extensionCapabilities, type ClientExtension, type ExtensionContext } from "./client-extension";
import type { RelayLink } from "./relay-connection";
import { RelayTransport } from "./relay-transport";

export type ListKind = "tools" | "resources" | "prompts";

export interface InspectorClient {
  client: Client;
  /** Resolves once `initialize` succeeded, with what the server said about itself. */
  initialized: Promise<ServerIdentity>;
}

/**
 * An SDK client over a fresh relay transport, connecting at once (which sends `initialize`).
 * What it advertises and answers beyond lists comes from the extensions (client requests, tasks: see app/).
 */
export function createInspectorClient(
  link: RelayLink,
  version: string,
  onListChanged: (kind: ListKind) => void,
  extensions: readonly ClientExtension[] = [],
  context: ExtensionContext = { header: () => undefined },
): InspectorClient {
  // The SDK checks tools/call results against the server's outputSchema: its patterns must run on RE2.
  const jsonSchemaValidator = new AjvJsonSchemaValidator(createSdkSchemaAjv());
  const client = new Client({ name: "mcp-inspect", version }, { capabilities: extensionCapabilities(extensions), jsonSchemaValidator });
  for (const extension of extensions) extension.register(client, context);
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => onListChanged("tools"));
  client.setNotificationHandler(ResourceListChangedNotificationSchema, () => onListChanged("resources"));
  client.setNotificationHandler(PromptListChangedNotificationSchema, () => onListChanged("prompts"));
  // The SDK reports e.g. responses to another tab's requests here; the log shows every frame anyway.
  client.onerror = () => {};
  const transport = new RelayTransport(link);
  const initialized = client.connect(transport).then((): ServerIdentity => {
    const info = client.getServerVersion();
    return {
      name: info?.name ?? "",
      version: info?.version ?? "",
      title: info?.title,
      instructions: client.getInstructions(),
      protocolVersion: transport.protocolVersion ?? "",
      capabilities: (client.getServerCapabilities() ?? {}) as Record<string, unknown>,
    };
  });
  return { client, initialized };
}
