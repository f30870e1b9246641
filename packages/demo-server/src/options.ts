// Everything a caller may tune; process I/O is injectable so tests can run the noisy tools in-process.

/** Anything with a write(string) method, e.g. process.stdout. */
export interface TextSink {
  write(text: string, callback?: (error?: Error | null) => void): unknown;
}

export interface DemoServerOptions {
  /** Page size for tools/list and prompts/list; undefined means one page with everything. */
  pageSize?: number;
  /** Page size for resources/list (always paginated, so clients must follow nextCursor). */
  resourcePageSize?: number;
  /** Where write_stdout_noise writes; defaults to process.stdout. */
  stdout?: TextSink;
  /** Where write_stderr and crash write; defaults to process.stderr. */
  stderr?: TextSink;
  /** How crash ends the process; defaults to process.exit. */
  exit?: (code: number) => void;
  /** A tool whose output changes on purpose (echo appends "!"), to test replay diffs; defaults to env DEMO_ALTER. */
  alter?: string;
}

export interface ResolvedOptions {
  pageSize: number | undefined;
  resourcePageSize: number;
  stdout: TextSink;
  stderr: TextSink;
  exit: (code: number) => void;
  alter: string | undefined;
}

export const DEFAULT_RESOURCE_PAGE_SIZE = 10;

export function resolveOptions(options: DemoServerOptions): ResolvedOptions {
  return {
    pageSize: options.pageSize,
    resourcePageSize: options.resourcePageSize ?? DEFAULT_RESOURCE_PAGE_SIZE,
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    exit: options.exit ?? ((code) => process.exit(code)),
    alter: options.alter ?? (process.env["DEMO_ALTER"] || undefined),
  };
}

function toPageSize(raw: string, source: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${source} must be a positive integer, got "${raw}"`);
  return value;
}

/** Reads `--page-size N`, `--page-size=N` or DEMO_PAGE_SIZE; the flag wins over the environment. */
export function parsePageSize(argv: readonly string[], env: Record<string, string | undefined>): number | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg.startsWith("--page-size=")) return toPageSize(arg.slice("--page-size=".length), "--page-size");
    if (arg === "--page-size") return toPageSize(argv[i + 1] ?? "", "--page-size");
  }
  const fromEnv = env["DEMO_PAGE_SIZE"];
  return fromEnv === undefined || fromEnv === "" ? undefined : toPageSize(fromEnv, "DEMO_PAGE_SIZE");
}
