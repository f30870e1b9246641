import { createSdkSchemaAjv } from "@mcp-inspect/core/sdk-schema-ajv";
import { MODERN_REVISION, PROTOCOL_REVISIONS, type ProtocolMode } from "@mcp-inspect/core";
import { Client, SdkHttpError, SSEClientTransport, StreamableHTTPClientTransport, UnauthorizedError, type ClientOptions, type OAuthClientProvider, type Transport } from "@modelcontextprotocol/client";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/client/validators/ajv";
import { VERSION } from "../common/version";

/**
 * The v2 client as mcp-inspect configures its own, for the conformance suite to judge: RE2 patterns in the
 * output-schema validator (a server's pattern cannot hang it), the elicitation / sampling / roots capabilities the
 * UI answers, and `--protocol` as the version negotiation.
 */
export function createAdapterClient(protocol: ProtocolMode): Client {
  const client = new Client({ name: "mcp-inspect", version: VERSION }, clientOptions(protocol));
  // A person in the UI would answer; headless, the adapter accepts with what the form offers (its defaults).
  client.setRequestHandler("elicitation/create", (request) => ({ action: "accept", content: elicitationDefaults(request.params) }));
  client.setRequestHandler("sampling/createMessage", () => ({ model: "mcp-inspect-conformance", role: "assistant", content: { type: "text", text: "ok" } }));
  client.setRequestHandler("roots/list", () => ({ roots: [{ uri: `file://${process.cwd()}`, name: "working directory" }] }));
  return client;
}

/** `--protocol` as the SDK's negotiation: auto probes with server/discover, a 2025-era revision is offered first in initialize. */
export function clientOptions(protocol: ProtocolMode): ClientOptions {
  const capabilities = { elicitation: { form: { applyDefaults: true } }, sampling: {}, roots: { listChanged: true } };
  const jsonSchemaValidator = new AjvJsonSchemaValidator(createSdkSchemaAjv());
  if (protocol === "auto") return { capabilities, jsonSchemaValidator, versionNegotiation: { mode: "auto" } };
  if (protocol >= MODERN_REVISION) return { capabilities, jsonSchemaValidator, versionNegotiation: { mode: { pin: protocol } } };
  // A pin accepts the 2026 era only; an older revision is the legacy handshake offering that revision (and older) only.
  const offered = PROTOCOL_REVISIONS.filter((r) => r <= protocol).reverse();
  return { capabilities, jsonSchemaValidator, versionNegotiation: { mode: "legacy" }, supportedProtocolVersions: [...offered] };
}

type FormSchema = { properties?: Record<string, { default?: unknown }> };

/** The form's defaults, as a person who accepts without typing would send them (SEP-1034: the client fills them in). */
export function elicitationDefaults(params: unknown): Record<string, string | number | boolean | string[]> {
  const schema = (params as { requestedSchema?: FormSchema } | undefined)?.requestedSchema;
  const content: Record<string, string | number | boolean | string[]> = {};
  for (const [key, property] of Object.entries(schema?.properties ?? {})) {
    const value = property.default;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") content[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) content[key] = value as string[];
  }
  return content;
}

export interface Connected {
  client: Client;
  transport: Transport;
  wire: "streamable-http" | "sse";
}

/** A provider that can finish an authorization it started (its redirect's query, once the server approved). */
export type AdapterAuth = OAuthClientProvider & { callback: URLSearchParams | undefined };

/**
 * Connects as mcp-inspect's remote target does: Streamable HTTP first, HTTP+SSE when the POST is answered 404 or
 * 405 (a server from before 2025-03-26). A 401 starts OAuth; once approved, the code is exchanged on the transport
 * that asked and the connection is made again with the token (bounded: a server that keeps refusing fails).
 */
export async function connectAdapterClient(url: URL, protocol: ProtocolMode, authProvider?: AdapterAuth): Promise<Connected> {
  const auth = authProvider ? { authProvider } : {};
  for (let attempt = 0; attempt < 3; attempt++) {
    const client = createAdapterClient(protocol);
    const streamable = new StreamableHTTPClientTransport(url, auth);
    try {
      await client.connect(streamable);
      return { client, transport: streamable, wire: "streamable-http" };
    } catch (error) {
      await client.close().catch(() => {});
      const callback = authProvider?.callback;
      if (error instanceof UnauthorizedError && callback) {
        authProvider.callback = undefined;
        await streamable.finishAuth(callback);
        continue;
      }
      const status = httpStatusOf(error);
      if (status !== 404 && status !== 405) throw error;
    }
    const sseClient = createAdapterClient(protocol);
    const sse = new SSEClientTransport(url, auth);
    await sseClient.connect(sse);
    return { client: sseClient, transport: sse, wire: "sse" };
  }
  throw new Error("the server still refused after authorizing twice");
}

function httpStatusOf(error: unknown): number | undefined {
  return error instanceof SdkHttpError ? error.status : undefined;
}
