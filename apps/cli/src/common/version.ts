export const VERSION = typeof __MCP_INSPECT_VERSION__ === "string" ? __MCP_INSPECT_VERSION__ : "0.0.0-dev";
