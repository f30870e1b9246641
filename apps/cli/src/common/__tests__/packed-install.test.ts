// The published package as a user gets it: `npm pack`, installed alone into an empty project from the local tarball
// with no network (--offline: every runtime dependency is in the bundle, so there is nothing to fetch), then run.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI_PACKAGE = fileURLToPath(new URL("../../../", import.meta.url));
const MAX_INSTALLED_BYTES = 11_000_000;

describe("the packed CLI installed alone", () => {
  it("installs offline as one package under 11 MB, with no source maps or build metadata, and runs --version and a call to its demo server", () => {
    const packDir = mkdtempSync(join(tmpdir(), "mcpi-pack-"));
    execFileSync("npm", ["pack", "--pack-destination", packDir], { cwd: CLI_PACKAGE, stdio: "ignore" });
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz"))!);
    const project = mkdtempSync(join(tmpdir(), "mcpi-install-"));
    writeFileSync(join(project, "package.json"), '{"name":"packed-install-test","private":true}');
    execFileSync("npm", ["install", "--offline", "--omit=dev", "--no-audit", "--no-fund", tarball], { cwd: project, stdio: "ignore", timeout: 120_000 });

    expect(readdirSync(join(project, "node_modules")).filter((name) => !name.startsWith("."))).toEqual(["mcp-inspect"]);
    const bytes = Number(execFileSync("du", ["-sb", join(project, "node_modules")], { encoding: "utf8" }).split("\t")[0]);
    expect(bytes).toBeLessThanOrEqual(MAX_INSTALLED_BYTES);
    const dist = readdirSync(join(project, "node_modules/mcp-inspect/dist"), { recursive: true }).map(String);
    expect(dist.filter((file) => file.endsWith(".map") || file === "metafile.json")).toEqual([]);

    const bin = join(project, "node_modules/.bin/mcp-inspect");
    const version = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 30_000 });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);

    const demo = join(project, "node_modules/mcp-inspect/dist/demo-server.js");
    const call = spawnSync(bin, ["call", "tools/call", "--name", "echo", "--args-json", '{"message":"from the tarball"}', "--", process.execPath, demo], { cwd: project, encoding: "utf8", timeout: 60_000 });
    expect(call.status, call.stderr).toBe(0);
    expect(JSON.parse(call.stdout)).toEqual({ content: [{ type: "text", text: "from the tarball" }] });
  }, 180_000);
});
