import type { Client } from "@modelcontextprotocol/client";
import type { ClientCapabilities } from "@modelcontextprotocol/client";
import type { SessionHeader } from "@mcp-inspect/core";

/** What an extension sees of the session it joins. */
export interface ExtensionContext {
  /** The session header (the target, the inspector's version), once the backend said it. */
  header: () => SessionHeader | undefined;
}

/**
 * How a feature plugs into every SDK client the session creates (one per server process): it adds
 * capabilities and registers its request and notification handlers before the client connects.
 * The client layer knows no feature; app/ hands it the features' extensions.
 */
export interface ClientExtension {
  capabilities?: ClientCapabilities;
  register: (client: Client, context: ExtensionContext) => void;
}

/**
 * The union of the extensions' capabilities: each names its own keys, so a shallow merge is exact, except for
 * `extensions` (protocol extensions such as io.modelcontextprotocol/ui), whose entries are merged.
 */
export function extensionCapabilities(extensions: readonly ClientExtension[]): ClientCapabilities {
  const all = extensions.map((e) => e.capabilities ?? {});
  const merged = Object.assign({}, ...all) as Record<string, unknown>;
  const declared = all.flatMap((c) => Object.entries((c as { extensions?: Record<string, unknown> }).extensions ?? {}));
  if (declared.length > 0) merged["extensions"] = Object.fromEntries(declared);
  return merged as ClientCapabilities;
}
