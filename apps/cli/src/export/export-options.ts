import { UsageError } from "../common/usage-error";

/** `--only 5,7,12`: the frame seqs to keep. */
export function parseSeqList(value: string): number[] {
  const seqs = value.split(",").map((part) => part.trim()).filter(Boolean).map(Number);
  if (seqs.length === 0 || seqs.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError(`--only takes frame numbers separated by commas (e.g. --only 5,7,12), got "${value}"`);
  }
  return seqs;
}

/** `--name`: becomes a file name, so only a safe, plain name. */
export function checkFixtureName(name: string): string {
  if (!/^[\w.-]+$/.test(name) || name.startsWith(".")) throw new UsageError(`--name must be a plain file name (letters, digits, . _ -), got "${name}"`);
  return name;
}

/** `--server "node server.js"`: a command line split on spaces, with "double" or 'single' quotes for spaces inside. */
export function splitCommandLine(line: string): string[] {
  const parts: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of line.matchAll(pattern)) parts.push(match[1] ?? match[2] ?? match[3]!);
  if (parts.length === 0) throw new UsageError(`--server needs a command line, e.g. --server "node server.js"`);
  return parts;
}

/** The fixture/test base name from a session file name: `2026-...-abcd.jsonl` -> `2026-...-abcd`. */
export function defaultFixtureName(sessionFile: string): string {
  const base = sessionFile.split(/[\\/]/).pop() ?? "session";
  return base.replace(/\.(jsonl|json)$/i, "").replace(/\.fixture$/, "").replace(/[^\w.-]/g, "_") || "session";
}

/** `--ignore` collects. */
export function collectIgnore(value: string, previous: string[]): string[] {
  if (value.trim() === "") throw new UsageError("--ignore needs a path such as /result/content/0/text");
  return [...previous, value];
}
