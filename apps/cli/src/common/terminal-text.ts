/**
 * What the CLI prints comes partly from servers we do not trust yet (error bodies, stderr, tool
 * names, diffs of their answers) and from shared files. A terminal obeys escape sequences: clear the
 * screen (ESC[2J), rewrite lines (\r), plant links (OSC 8), set the title, ring the bell. Everything
 * printed goes through here.
 */

// OSC (ESC ] or U+009D) and the other string commands (DCS, SOS, PM, APC), up to their terminator
// (BEL or ST) or the next escape; CSI (ESC [ or U+009B) with its parameters; any other ESC pair.
const SEQUENCES = /(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|\u001b[ -~]?/g;
// What is left of C0 (but \n and \t), DEL and C1.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text without escape sequences and control characters; \n and \t stay. */
export function terminalSafe(text: string): string {
  return text.replace(SEQUENCES, "").replace(CONTROLS, "");
}

/** JSON.stringify leaves DEL and C1 raw; escaped, the document means the same and cannot drive a terminal. */
export function terminalJson(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? "null").replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** stderr, made safe: the one way the CLI writes to it. */
export function printErr(text: string): void {
  process.stderr.write(terminalSafe(text));
}

/** stdout, made safe (not for mock, whose stdout is a JSON-RPC channel). */
export function printOut(text: string): void {
  process.stdout.write(terminalSafe(text));
}
