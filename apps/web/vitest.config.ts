import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // @rjsf/mantine imports "dayjs/plugin/x" without ".js", which only a bundler resolves:
      // let Vite transform it instead of Node loading it.
      server: { deps: { inline: [/@rjsf\/mantine/] } },
      // Typing into Mantine forms under jsdom takes seconds on a loaded 2-core machine; 5 s failed tests that pass.
      // A guard against hangs, not a timing assertion.
      testTimeout: 20_000,
      setupFiles: ["./src/test-support/setup.ts"],
    },
  }),
);
