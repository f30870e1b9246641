// `@mcp-inspect/server/serve`: what `mcp-inspect` needs to serve the UI and run stdio servers, and nothing else.
// The package's index also re-exports the remote (HTTP) target and the conformance bridge, whose MCP SDK imports
// (transports, OAuth, zod schemas, Hono) cost ~1 MB of code to load; a bundler that follows the index loads them
// on every start. The CLI's start path imports this file; the rest comes from the index when a command needs it.
export { buildServer, type BuildServerOptions } from "./build-server";
export type { Recording } from "./recording-route";
export { InspectSession, type InspectSessionOptions } from "./session";
export { ServerHub, type Launcher, type LiveServer } from "./server-hub";
export type { Target } from "./target";
export type { OAuthOptions } from "./oauth-client";
export { PendingAuthorizations } from "./oauth-pending";
export { OAUTH_CALLBACK_PATH } from "./oauth-callback-route";
export { createStdioTarget, type StdioTarget, type StdioTargetOptions } from "./stdio-target";
export { RecordingExistsError, createSessionRecorder, type RecordMode, type SessionRecorder } from "./recorder";
