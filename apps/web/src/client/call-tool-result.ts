import { specTypeSchemas } from "@modelcontextprotocol/client";

// Apart from any-result.ts: this one needs the SDK's schemas, which the page's first chunk must not carry.
/** tools/call's result as the SDK defines it, without the outputSchema check `callTool` adds (the inspector flags that itself). */
export const callToolResult = specTypeSchemas.CallToolResult;
