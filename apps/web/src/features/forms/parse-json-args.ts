export type ParsedArgs = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** Parses the "Arguments (JSON)" text: blank means `{}`; anything but a JSON object is an error. */
export function parseJsonArgs(text: string): ParsedArgs {
  if (text.trim() === "") return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;
    return { ok: false, error: `arguments must be a JSON object, not ${what}` };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
