import { UsageError } from "./usage-error";

/**
 * Blanks out `//` and `/* *\/` comments and trailing commas (VS Code's mcp.json allows both), keeping
 * every other character where it was so JSON.parse positions still point into the original text.
 */
export function stripJsonComments(text: string): string {
  const out = text.split("");
  let i = 0;
  let lastComma = -1;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n" && out[k] !== "\r") out[k] = " ";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      lastComma = -1;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else {
      if (c === ",") lastComma = i;
      else if ((c === "}" || c === "]") && lastComma !== -1) out[lastComma] = " ";
      if (!/\s/.test(c) && c !== ",") lastComma = -1;
      i++;
    }
  }
  return out.join("");
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Parses JSON; a syntax error names the file, line and column. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = errorOffset(text);
    const { line, column } = lineColumn(text, offset);
    const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/s, "");
    throw new UsageError(`${file}:${line}:${column}: malformed JSON: ${reason}`);
  }
}

/**
 * Where JSON.parse gave up. V8 says "at position N" for some errors only ("Unexpected token" has
 * none), so find the longest prefix that is still the start of valid JSON: being one is monotonic.
 */
export function errorOffset(text: string): number {
  const validPrefix = (k: number) => {
    try {
      JSON.parse(text.slice(0, k));
      return true;
    } catch (error) {
      const message = (error as Error).message;
      if (message === "Unexpected end of JSON input") return true;
      const at = /at position (\d+)/.exec(message);
      return at ? Number(at[1]) >= k : false;
    }
  };
  let good = 0;
  let bad = text.length;
  if (validPrefix(bad)) return bad;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (validPrefix(mid)) good = mid;
    else bad = mid;
  }
  // The first character that made the prefix invalid.
  return good;
}
