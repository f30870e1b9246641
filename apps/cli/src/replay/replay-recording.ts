import { readFixtureOrSession, type ReadFixtureResult } from "@mcp-inspect/core/fixture";
import { readUserFile } from "../common/read-user-file";
import { UsageError } from "../common/usage-error";

/** Reads a session or fixture file for replay and mock; a missing or bad file is a usage error (exit 2). */
export function readRecording(file: string): ReadFixtureResult {
  const text = readUserFile(file);
  try {
    return readFixtureOrSession(text);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}
