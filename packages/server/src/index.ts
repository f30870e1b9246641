export { buildServer, type BuildServerOptions } from "./build-server";
export { InspectSession, type InspectSessionOptions } from "./session";
export { createStdioTarget, type StdioTarget, type StdioTargetOptions } from "./stdio-target";
export { createSessionRecorder, type SessionRecorder } from "./recorder";
export { ErrorCodes, type ErrorCode } from "./errors";
export { SessionTransport } from "./session-transport";
export { startHttpBridge, type HttpBridge, type HttpBridgeOptions } from "./http-bridge";
