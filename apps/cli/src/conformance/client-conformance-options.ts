import { existsSync } from "node:fs";
import { parseProtocolMode, type ProtocolMode } from "@mcp-inspect/core";
import { UsageError } from "../common/usage-error";

/** `--protocol auto|<revision>`; a wrong value is a usage error (exit 2) naming the accepted ones. */
export function parseProtocolOption(value: string): ProtocolMode {
  try {
    return parseProtocolMode(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--expected-failures <file>`, repeatable; a missing file is a usage error before the suite starts. */
export function collectFiles(value: string, previous: string[]): string[] {
  if (!existsSync(value)) throw new UsageError(`--expected-failures: no such file ${value}`);
  return [...previous, value];
}

/** `--scenario <name>`, repeatable. */
export function collectScenario(value: string, previous: string[]): string[] {
  return [...previous, value];
}
