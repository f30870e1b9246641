import { randomBytes } from "node:crypto";
import { ServerHub, buildServer } from "@mcp-inspect/server/serve";
import open from "open";
import { readRecordingForUi } from "./open-recording";
import { bundledWebRoot } from "../inspect/paths";
import { checkUiHost, listenForUi, type UiListenFlags } from "../inspect/ui-listen";

export interface OpenFlags extends UiListenFlags {
  open: boolean;
  token?: string;
}

/**
 * `mcp-inspect open <session.jsonl>`: the UI of a recorded session, read-only, with no server started (the hub is
 * empty and has no launchers, so no request can start one). Served like `inspect`: loopback, token, Host/Origin.
 */
export async function runOpen(file: string, flags: OpenFlags, portGiven: boolean): Promise<void> {
  checkUiHost(flags, "read this session");
  const recording = readRecordingForUi(file);
  for (const warning of recording.parsed.warnings) process.stderr.write(`! ${recording.name}: ${warning}\n`);
  const token = flags.token ?? process.env.MCP_INSPECT_TOKEN ?? randomBytes(24).toString("base64url");
  const app = await buildServer({
    hub: new ServerHub([]),
    token,
    host: flags.host,
    webRoot: bundledWebRoot,
    recording: { name: recording.name, text: recording.text },
  });
  const origin = await listenForUi(app, flags, portGiven);
  const url = `${origin}/#token=${token}`;
  process.stderr.write(`- ${file}: ${recording.parsed.frames.length} frames, read-only; no server is started\n`);
  process.stdout.write(`mcp-inspect ready: ${url}\n`);
  if (flags.open) open(url).catch((error: Error) => process.stderr.write(`! could not open a browser (${error.message}); open the URL above\n`));

  const shutdown = async () => {
    await app.close();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown());
}
