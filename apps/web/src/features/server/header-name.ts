/** RFC 9110 §5.1: a field name is a token, `1*tchar`. */
const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/;

/** Why `name` cannot be an HTTP header name, naming the first character that is not allowed; undefined when it can. */
export function headerNameProblem(name: string): string | undefined {
  if (name === "") return "Type the header's name";
  const bad = [...name].find((c) => !TCHAR.test(c));
  if (bad === undefined) return undefined;
  const shown = bad === " " ? "a space" : bad === ":" ? '":" (type the value in its own field)' : `"${bad}"`;
  return `Not a valid header name: ${shown} is not allowed. A name is letters, digits and ! # $ % & ' * + - . ^ _ \` | ~ (RFC 9110 token).`;
}
