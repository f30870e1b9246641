// Bundles the CLI, the backend and core into dist/cli.js, and ships the built web UI and demo
// server beside it, so the published tarball pulls in only real runtime dependencies.
import { build } from "esbuild";
import { cpSync, existsSync, readFileSync, rmSync, chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(here("./package.json"), "utf8"));

rmSync(here("./dist"), { recursive: true, force: true });
await build({
  // cli.js is the command; testing.js is the library entry `mcp-inspect/testing` (types: dist/testing.d.ts).
  entryPoints: { cli: here("./src/main.ts"), testing: here("./src/testing/index.ts") },
  outdir: here("./dist"),
  entryNames: "[name]",
  // Chunks sit beside cli.js so import.meta.url-relative paths (web/, demo-server.js) hold in all of them.
  chunkNames: "[name]-[hash]",
  // Commands load their code on demand: `call` starts without Fastify.
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: Object.keys(pkg.dependencies),
  banner: {
    // Some bundled CommonJS code calls require(); give it one.
    js: '#!/usr/bin/env node\nimport { createRequire as __mcpInspectCreateRequire } from "node:module";\nconst require = __mcpInspectCreateRequire(import.meta.url);',
  },
  define: { __MCP_INSPECT_VERSION__: JSON.stringify(pkg.version) },
  logLevel: "warning",
});
chmodSync(here("./dist/cli.js"), 0o755);
// esbuild emits no types: the declarations are written by hand (src/testing/check-public.ts keeps them honest).
cpSync(here("./src/testing/public.d.ts"), here("./dist/testing.d.ts"));

const demo = here("../../packages/demo-server/dist/server.js");
const web = here("../web/dist");
for (const [what, path] of [["demo server", demo], ["web UI", web]]) {
  if (!existsSync(path)) throw new Error(`${what} is not built (${path}): run the build from the repo root (npm run build)`);
}
cpSync(demo, here("./dist/demo-server.js"));
cpSync(web, here("./dist/web"), { recursive: true });
