import { existsSync } from "node:fs";
import { UsageError } from "../common/usage-error";

/** `--expected-failures <file>`, repeatable; a missing file is a usage error before the suite starts. */
export function collectFiles(value: string, previous: string[]): string[] {
  if (!existsSync(value)) throw new UsageError(`--expected-failures: no such file ${value}`);
  return [...previous, value];
}

/** `--scenario <name>`, repeatable. */
export function collectScenario(value: string, previous: string[]): string[] {
  return [...previous, value];
}
