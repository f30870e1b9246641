import { readFileSync } from "node:fs";
import { UsageError } from "./usage-error";

/** A file the person named on the command line, as text; one that cannot be read is a usage error (exit 2). */
export function readUserFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UsageError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder, not a file" : message}`);
  }
}
