import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import {
  PromptListChangedNotificationSchema,
  ResourceListChangedNotificationSchema,
  ToolListChangedNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import type { ServerIdentity } from "@mcp-inspect/core";
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
 * It advertises no client capabilities yet (roots, sampling, elicitation come later).
 */
export function createInspectorClient(link: RelayLink, version: string, onListChanged: (kind: ListKind) => void): InspectorClient {
  const client = new Client({ name: "mcp-inspect", version }, { capabilities: {} });
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
