import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { UsageError } from "../common/usage-error";

// What each of jsonc-parser's error codes (by name: they are a const enum) means to the person fixing the file.
const REASONS: Record<string, string> = {
  InvalidNumberFormat: "not a valid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' before this",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "not a valid comment",
  UnexpectedEndOfComment: "a /* comment that is never closed",
  UnexpectedEndOfString: "a string that is never closed",
  UnexpectedEndOfNumber: "a number cut short",
  InvalidUnicode: "not a valid \\u escape",
  InvalidEscapeCharacter: "not a valid escape character",
  InvalidCharacter: "a control character inside a string (escape it)",
};

function reason(error: ParseError, text: string): string {
  const code = printParseErrorCode(error.error);
  if (code !== "InvalidSymbol") return REASONS[code] ?? code;
  // Name what is there: a bare word, or a single-quoted string, are the usual slips.
  const found = text.slice(error.offset, error.offset + Math.min(error.length, 24));
  return `unexpected ${found}${found.startsWith("'") ? " (JSON strings and names take double quotes)" : ""}`;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * Parses a config file with VS Code's own JSONC parser: comments and trailing commas are allowed
 * (VS Code's mcp.json has them; the others tolerate them here too). The first syntax error names the
 * file, line and column.
 */
export function parseJsonFile(text: string, file: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, allowEmptyContent: false });
  const [first] = errors;
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    throw new UsageError(`${file}:${line}:${column}: malformed JSON: ${reason(first, text)}`);
  }
  return value;
}

/**
 * Where a file that parses here stops being strict JSON (a comment, a trailing comma), if it does:
 * the clients that read their files with JSON.parse would not load it.
 */
export function strictJsonProblem(text: string): { line: number; column: number; what: string } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const [first] = errors;
  if (!first) return undefined;
  const what = printParseErrorCode(first.error) === "InvalidCommentToken" ? "a comment" : "a trailing comma before this";
  return { ...lineColumn(text, first.offset), what };
}
