import type { ClientOptions } from "@modelcontextprotocol/client";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/client/validators/ajv";
import { eraOf, type ProtocolMode } from "@mcp-inspect/core";
import { createSdkSchemaAjv } from "@mcp-inspect/core/sdk-schema-ajv";

/**
 * How a client opens the connection: a `--protocol` value, or `initialize`: the 2025 handshake offering every revision
 * the SDK knows (what `auto` falls back to; used again when a server dies on the `server/discover` probe).
 */
export type Negotiation = ProtocolMode | "initialize";

/**
 * Options for every v2 SDK `Client` the CLI creates.
 * - The SDK checks `tools/call` results against the server's outputSchema, and a server's `pattern` must not be able
 *   to hang us there (RE2, not RegExp): our Ajv is used for every schema.
 * - `--protocol` becomes the SDK's version negotiation: `auto` probes with `server/discover` and falls back to
 *   `initialize`; 2026-07-28 is pinned (no fallback); a 2025-era revision is the plain `initialize` handshake offering
 *   exactly that revision, so a server that answers with another one is refused rather than silently accepted.
 */
export function sdkClientOptions(options: ClientOptions = {}, negotiation: Negotiation = "auto"): ClientOptions {
  return { ...options, ...versionOptions(negotiation), jsonSchemaValidator: new AjvJsonSchemaValidator(createSdkSchemaAjv()) };
}

function versionOptions(negotiation: Negotiation): Pick<ClientOptions, "versionNegotiation" | "supportedProtocolVersions"> {
  if (negotiation === "auto") return { versionNegotiation: { mode: "auto" } };
  if (negotiation === "initialize") return { versionNegotiation: { mode: "legacy" } };
  if (eraOf(negotiation) === "modern") return { versionNegotiation: { mode: { pin: negotiation } }, supportedProtocolVersions: [negotiation] };
  return { versionNegotiation: { mode: "legacy" }, supportedProtocolVersions: [negotiation] };
}
