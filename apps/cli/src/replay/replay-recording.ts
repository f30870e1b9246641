import { readFileSync } from "node:fs";
import { readFixtureOrSession, type ReadFixtureResult } from "@mcp-inspect/core/fixture";
import { UsageError } from "../common/usage-error";

/** Reads a session or fixture file for replay and mock; a missing or bad file is a usage error (exit 2). */
export function readRecording(file: string): ReadFixtureResult {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return readFixtureOrSession(text);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}
