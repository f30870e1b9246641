import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // @rjsf/mantine imports "dayjs/plugin/x" without ".js", which only a bundler resolves:
      // let Vite transform it instead of Node loading it.
      server: { deps: { inline: [/@rjsf\/mantine/] } },
    },
  }),
);
