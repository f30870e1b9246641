/** Replaced at build time with the version in package.json. */
declare const __MCP_INSPECT_VERSION__: string;
