// Bundles src/main.ts and all its dependencies into one ESM file, dist/server.js, runnable with plain `node`.
import { chmod, rm } from "node:fs/promises";
import { builtinModules } from "node:module";
import { build } from "esbuild";

const outfile = "dist/server.js";
await rm("dist", { recursive: true, force: true });

const result = await build({
  entryPoints: ["src/main.ts"],
  outfile,
  bundle: true,
  packages: "bundle",
  platform: "node",
  format: "esm",
  target: "node20",
  metafile: true,
  logLevel: "warning",
  legalComments: "none",
  banner: {
    // Bundled CommonJS dependencies (ajv) call require() for Node built-ins; ESM has no require, so provide one.
    js: [
      "#!/usr/bin/env node",
      'import { createRequire as __demoCreateRequire } from "node:module";',
      "const require = __demoCreateRequire(import.meta.url);",
    ].join("\n"),
  },
});

// Self-contained means the only imports left are Node built-ins.
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const external = Object.values(result.metafile.outputs)
  .flatMap((output) => output.imports)
  .filter((entry) => entry.external && !builtins.has(entry.path))
  .map((entry) => entry.path);
if (external.length > 0) throw new Error(`dist/server.js still imports packages: ${[...new Set(external)].join(", ")}`);

await chmod(outfile, 0o755);
const bytes = result.metafile.outputs[outfile]?.bytes ?? 0;
console.log(`built ${outfile} (${Math.round(bytes / 1024)} KiB)`);
