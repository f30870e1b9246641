// Bundles the CLI, the backend and core into dist/cli.js, and ships the built web UI and demo
// server beside it, so the published tarball pulls in only real runtime dependencies.
import { build } from "esbuild";
import { cpSync, existsSync, readFileSync, rmSync, chmodSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(here("./package.json"), "utf8"));

rmSync(here("./dist"), { recursive: true, force: true });
/**
 * Large JSON (core's official MCP schemas, ~360 KB) as `JSON.parse("...")` instead of the object literal esbuild
 * writes: V8 reads a JSON string several times faster than the same data as JavaScript source.
 */
function jsonParsedAtRuntime(filter) {
  return {
    name: "json-parsed-at-runtime",
    setup(b) {
      b.onLoad({ filter }, (args) => ({ contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, "utf8"))))});`, loader: "js" }));
    },
  };
}

const result = await build({
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
  // Every runtime dependency is bundled: one file loads faster than a tree of packages resolved one by one, and the
  // installed package is this folder alone. Only ws's optional native speed-ups stay out (it requires them in a
  // try/catch and falls back to JS when absent).
  external: ["bufferutil", "utf-8-validate"],
  // jsonc-parser's "main" is a UMD build whose require()s esbuild cannot follow: take its ES module build.
  alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  metafile: true,
  // Node parses every module it loads in full before running it: on the start path that was most of the time to the
  // ready line. Minified code parses faster (and installs smaller); names are kept so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  banner: {
    // Some bundled CommonJS code calls require(); give it one.
    js: '#!/usr/bin/env node\nimport { createRequire as __mcpInspectCreateRequire } from "node:module";\nconst require = __mcpInspectCreateRequire(import.meta.url);',
  },
  define: { __MCP_INSPECT_VERSION__: JSON.stringify(pkg.version) },
  logLevel: "warning",
  plugins: [jsonParsedAtRuntime(/[\\/]packages[\\/]core[\\/]schemas[\\/].*\.json$/)],
});
chmodSync(here("./dist/cli.js"), 0o755);
// What each output file holds and imports: the start-path test reads it (inspect/__tests__/start-path.test.ts), and
// `npx esbuild-visualizer` or esbuild's analyzer can. Kept out of the tarball by dist/.npmignore.
writeFileSync(here("./dist/metafile.json"), JSON.stringify(result.metafile));
writeFileSync(here("./dist/.npmignore"), "metafile.json\n");
// esbuild emits no types: the declarations are written by hand (src/testing/check-public.ts keeps them honest).
cpSync(here("./src/testing/public.d.ts"), here("./dist/testing.d.ts"));

const demo = here("../../packages/demo-server/dist/server.js");
const web = here("../web/dist");
for (const [what, path] of [["demo server", demo], ["web UI", web]]) {
  if (!existsSync(path)) throw new Error(`${what} is not built (${path}): run the build from the repo root (npm run build)`);
}
cpSync(demo, here("./dist/demo-server.js"));
// `open` runs the xdg-open it ships beside its own file when the system has none: beside the bundle, it still can.
cpSync(join(dirname(fileURLToPath(import.meta.resolve("open"))), "xdg-open"), here("./dist/xdg-open"));
cpSync(web, here("./dist/web"), { recursive: true });
