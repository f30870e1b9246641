import type { ClientCapabilities } from "@modelcontextprotocol/client";
import type { ClientExtension } from "../../client/client-extension";
import { APP_MIME_TYPE, APPS_EXTENSION } from "./app-meta";

/** Tells the server this client renders MCP Apps, so it offers tools with their `ui://` resources. */
export function appsExtension(): ClientExtension {
  const capabilities = { extensions: { [APPS_EXTENSION]: { mimeTypes: [APP_MIME_TYPE] } } } as ClientCapabilities;
  return { capabilities, register: () => {} };
}
