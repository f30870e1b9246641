// Bundles each stdio entry and all its dependencies into one ESM file, runnable with plain `node`:
// src/main.ts (SDK 1.x, 2025 era only) -> dist/server.js, src/main-v2.ts (SDK v2, both eras) -> dist/server-v2.js.
import { chmod, rm } from "node:fs/promises";
import { builtinModules } from "node:module";
import { build } from "esbuild";

const ENTRIES = [
  { entry: "src/main.ts", outfile: "dist/server.js" },
  { entry: "src/main-v2.ts", outfile: "dist/server-v2.js" },
];
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
await rm("dist", { recursive: true, force: true });

for (const { entry, outfile } of ENTRIES) {
  const result = await build({
    entryPoints: [entry],
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
  const external = Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external && !builtins.has(entry.path))
    .map((entry) => entry.path);
  if (external.length > 0) throw new Error(`${outfile} still imports packages: ${[...new Set(external)].join(", ")}`);

  await chmod(outfile, 0o755);
  const bytes = result.metafile.outputs[outfile]?.bytes ?? 0;
  console.log(`built ${outfile} (${Math.round(bytes / 1024)} KiB)`);
}
