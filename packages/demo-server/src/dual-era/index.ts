// Public surface of the dual-era (v2 SDK) demo server, for tests and other entries (e.g. an HTTP one).
export { createDualEraApp, type DualEraApp } from "./app.js";
export { createDualEraDemoServer, DUAL_ERA_SERVER_NAME } from "./create-dual-era-server.js";
export { COUNTER_URI, DualEraState } from "./state.js";
