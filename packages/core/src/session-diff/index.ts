// Two recorded sessions compared: the server's surface (initialize and every complete listing) and the
// answers to the same calls. The web UI's session compare and `mcp-inspect diff` both use it.
// App frames (an MCP App's conversation with the inspector's page) are deliberately not compared: they are the
// host's side, shaped by the page and by what the person clicked, not the server's behaviour. What an app asks
// of the server is proxied as ordinary messages, so its tools/call and resources/read are compared as calls, and a
// tool's `_meta.ui` is part of the tools listing that the surface compares.
export * from "./surface";
export * from "./diff-surface";
export * from "./call-pairs";
export * from "./summary";
export * from "./format-session-diff";
export * from "./protocol-diff";
