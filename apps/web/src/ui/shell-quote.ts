/** A command line as a user could paste it into a POSIX shell. */
export function shellQuote(args: readonly string[]): string {
  return args.map((arg) => (arg !== "" && /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(" ");
}
