import type { Plugin } from "vite";

/**
 * Adds `<link rel="modulepreload">` to index.html for the chunks the first screen loads on demand (the SDK
 * client that connects, the Tools and log panels) and everything they import, so the browser fetches them
 * beside the first chunk instead of after it has run: they are lazy to keep the first chunk small, not because
 * the first screen can do without them. `modules` are source paths ending the way the dynamic imports' targets do.
 */
export function preloadFirstScreen(modules: readonly string[]): Plugin {
  return {
    name: "mcp-inspect:preload-first-screen",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((output) => (output.type === "chunk" ? [output] : []));
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
        };
        for (const suffix of modules) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(suffix));
          if (!chunk) throw new Error(`preload-first-screen: no chunk for ${suffix} (renamed? update vite.config.ts)`);
          visit(chunk.fileName);
        }
        const links = [...wanted]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => `    <link rel="modulepreload" crossorigin href="./${fileName}">`);
        return html.replace("</head>", `${links.join("\n")}\n  </head>`);
      },
    },
  };
}
