import { join } from "node:path";
import { fileURLToPath } from "node:url";
import envPaths from "env-paths";

/** Files shipped beside dist/cli.js in the package. */
export const bundledDemoServer = fileURLToPath(new URL("./demo-server.js", import.meta.url));
export const bundledWebRoot = fileURLToPath(new URL("./web/", import.meta.url));

/** Where sessions are recorded when --record is not given: a per-user data folder. */
export function defaultSessionPath(startedAt: Date, id: string): string {
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  return join(envPaths("mcp-inspect", { suffix: "" }).data, "sessions", `${stamp}-${id.slice(0, 8)}.jsonl`);
}
