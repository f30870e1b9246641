import { writeFileSync } from "node:fs";
import { ExportError, sessionToHar, sessionToHtml, sessionToMermaid, sessionToOtlp } from "@mcp-inspect/core/session-export";
import { UsageError } from "../common/usage-error";
import { readSessionArgument } from "../common/read-session-argument";
import { printErr, printOut } from "../common/terminal-text";
import { checkCollectorUrl, type ExportFormat } from "./export-session-options";

export interface ExportSessionFlags {
  format: ExportFormat;
  output?: string;
  otlpUrl?: string;
}

/**
 * `mcp-inspect export-session <session.jsonl> --format html|mermaid|har|otlp [-o FILE] [--otlp-url URL]`: a recorded
 * session for people and tools outside mcp-inspect. (`export` is taken: it turns a session into a replay fixture.)
 * Writes to -o, else stdout; with --otlp-url (otlp only) POSTs the spans to a collector on loopback. Exit 0, 2 on misuse.
 */
export async function runExportSession(sessionFile: string, flags: ExportSessionFlags): Promise<number> {
  const { session } = readSessionArgument(sessionFile, "export-session");
  if (flags.otlpUrl !== undefined && flags.format !== "otlp") throw new UsageError("--otlp-url goes with --format otlp");
  const collector = flags.otlpUrl !== undefined ? checkCollectorUrl(flags.otlpUrl) : undefined;

  let output: string;
  try {
    const { header, frames } = session;
    if (flags.format === "html") output = sessionToHtml(header, frames);
    else if (flags.format === "mermaid") output = sessionToMermaid(frames);
    else if (flags.format === "har") output = JSON.stringify(sessionToHar(header, frames), null, 2) + "\n";
    else output = JSON.stringify(sessionToOtlp(header, frames)) + "\n";
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(`${sessionFile}: ${error.message}`);
    throw error;
  }

  if (collector) {
    const response = await fetch(collector, { method: "POST", headers: { "content-type": "application/json" }, body: output, redirect: "error" }).catch((error: Error) => {
      throw new UsageError(`cannot reach the collector at ${collector.href}: ${error.message}`);
    });
    if (!response.ok) {
      printErr(`mcp-inspect export-session: the collector answered ${response.status} ${response.statusText}\n`);
      return 1;
    }
    printErr(`mcp-inspect export-session: spans sent to ${collector.href}\n`);
  }
  if (flags.output !== undefined) {
    writeFileSync(flags.output, output);
    printErr(`mcp-inspect export-session: wrote ${flags.output}\n`);
  } else if (!collector) {
    // `... --format mermaid | head` closes the pipe early: that is the reader's choice, not a failure to report.
    process.stdout.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
    printOut(output);
  }
  return 0;
}
