// Moved to core (packages/core/src/session-diff) so `mcp-inspect diff` compares sessions exactly as this screen does.
export * from "@mcp-inspect/core/session-diff";
