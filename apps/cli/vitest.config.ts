import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The proxies these tests start publish to whatever inspector the runtime folder names: never a person's own.
    env: { MCP_INSPECT_RUNTIME_DIR: mkdtempSync(join(tmpdir(), "mcp-inspect-cli-tests-runtime-")) },
  },
});
