export * from "./frame";
export * from "./relay-protocol";
export * from "./line-splitter";
export * from "./stdout-line";
export * from "./session-file";
export * from "./pairing";
export * from "./connection-state";
export * from "./latency-stats";
