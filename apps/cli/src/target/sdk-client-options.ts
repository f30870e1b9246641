import type { ClientOptions } from "@modelcontextprotocol/sdk/client/index.js";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv";
import { createSdkSchemaAjv } from "@mcp-inspect/core/sdk-schema-ajv";

/**
 * Options for every SDK `Client` the CLI creates: the SDK checks `tools/call` results against the
 * server's outputSchema, and a server's `pattern` must not be able to hang us there (RE2, not RegExp).
 */
export function sdkClientOptions(options: ClientOptions = {}): ClientOptions {
  return { ...options, jsonSchemaValidator: new AjvJsonSchemaValidator(createSdkSchemaAjv()) };
}
