// Refreshes the sessions core's unit tests read (packages/core/src/__tests__/captured/): real exchanges of the v2 Client
// with the built demo servers, in both eras and across the fallback. Run from apps/cli after `npm run build`:
//   npx esbuild src/replay/__tests__/write-captured-sessions.ts --bundle --platform=node --format=esm --packages=external | node --input-type=module
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { captureSession, typicalCalls, type CapturedSession } from "./capture-session";

// Piped into node, the script has no file of its own: it runs from apps/cli.
const root = pathToFileURL(`${process.cwd()}/../../`);
const SERVER_V2 = new URL("packages/demo-server/dist/server-v2.js", root).pathname;
const SERVER_V1 = new URL("packages/demo-server/dist/server.js", root).pathname;
const OUT = new URL("packages/core/src/__tests__/captured/", root);

/** One frame a line, so a change in the server shows as a small diff. */
function write(name: string, session: CapturedSession): void {
  // The recording machine's paths stay out of the repository.
  const header = { ...session.header, target: { ...session.header.target, command: "node", args: [session.header.target.type === "stdio" ? session.header.target.args[0]!.replace(/^.*\/packages\//, "packages/") : ""] } };
  const text = `{"header": ${JSON.stringify(header)},\n"frames": [\n${session.frames.map((f) => JSON.stringify({ ...f, t: f.seq })).join(",\n")}\n]}\n`;
  writeFileSync(new URL(name, OUT), text);
}

write("dual-era-modern.json", await captureSession(process.execPath, [SERVER_V2], { pin: "2026-07-28" }, typicalCalls));
write("dual-era-legacy.json", await captureSession(process.execPath, [SERVER_V2], "legacy", typicalCalls));
write("auto-fallback-1x.json", await captureSession(process.execPath, [SERVER_V1], "auto", async (client) => void (await client.callTool({ name: "echo", arguments: { message: "hi" } }))));
