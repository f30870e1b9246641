// Public surface for other packages and tests: build a demo server and connect it to any transport.
export { createDemoServer, SERVER_NAME, SERVER_VERSION } from "./create-demo-server.js";
export type { DemoServerOptions, TextSink } from "./options.js";
export { parsePageSize } from "./options.js";
