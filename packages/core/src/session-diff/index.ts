// Two recorded sessions compared: the server's surface (initialize and every complete listing) and the
// answers to the same calls. The web UI's session compare and `mcp-inspect diff` both use it.
export * from "./surface";
export * from "./diff-surface";
export * from "./call-pairs";
export * from "./summary";
export * from "./format-session-diff";
export * from "./protocol-diff";
