/**
 * Import direction, checked on every `npm test` (DESIGN.md, "Parts"): apps -> packages;
 * server and web -> core; core -> nothing of ours. Each rule says why.
 */
module.exports = {
  forbidden: [
    {
      name: "core-imports-nothing-of-ours",
      comment: "core is the shared, framework-free base: it may not depend on the parts built on it",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: { path: "^(apps|packages/(server|demo-server))/" },
    },
    {
      name: "core-is-browser-safe",
      comment: "core runs in the browser too: no Node built-ins (put Node-only code in packages/server)",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "web-is-browser-only",
      comment: "the web UI runs in the browser: no Node built-ins, no backend code",
      severity: "error",
      from: { path: "^apps/web/src" },
      to: { path: "^(packages/(server|demo-server)|apps/cli)/|^node:" },
    },
    {
      name: "web-no-node-builtins",
      comment: "the web UI runs in the browser: Node built-ins do not exist there",
      severity: "error",
      from: { path: "^apps/web/src" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "packages-do-not-import-apps",
      comment: "imports point one way: apps assemble packages, never the reverse",
      severity: "error",
      from: { path: "^packages/" },
      to: { path: "^apps/" },
    },
    {
      name: "demo-server-stands-alone",
      comment: "the demo server is an ordinary MCP server: only the SDK and zod, nothing of ours",
      severity: "error",
      from: { path: "^packages/demo-server/src" },
      to: { path: "^(packages/(core|server)|apps)/" },
    },
    {
      name: "server-does-not-import-web",
      comment: "the backend serves the built UI as files; it never imports its code",
      severity: "error",
      from: { path: "^packages/server/src" },
      to: { path: "^apps/web/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules)/" },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
