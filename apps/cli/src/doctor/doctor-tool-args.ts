type Schema = { type?: unknown; default?: unknown; const?: unknown; enum?: unknown[]; examples?: unknown[]; properties?: Record<string, Schema>; required?: unknown; anyOf?: Schema[]; oneOf?: Schema[] };

/**
 * The smallest arguments a tool's inputSchema asks for: required properties only, each from its
 * default, const, first enum value or example, else an empty value of its type. `--call-tools` sends
 * these; a tool may still reject them, which is fine: the doctor looks at how it answers.
 */
export function toolArgsSkeleton(schema: unknown, depth = 0): Record<string, unknown> {
  const s = (schema ?? {}) as Schema;
  const args: Record<string, unknown> = {};
  const required = Array.isArray(s.required) ? s.required.filter((k): k is string => typeof k === "string") : [];
  for (const key of required) args[key] = valueFor(s.properties?.[key] ?? {}, depth + 1);
  return args;
}

function valueFor(s: Schema, depth: number): unknown {
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  const alternative = s.anyOf?.find((a) => a.type !== "null") ?? s.oneOf?.[0];
  if (alternative) return valueFor(alternative, depth);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "string":
      return "";
    case "number":
    case "integer":
      return 0;
    case "boolean":
      return false;
    case "array":
      return [];
    case "null":
      return null;
    case "object":
      // Bounded: a recursive schema must not recurse forever.
      return depth > 5 ? {} : toolArgsSkeleton(s, depth);
    default:
      return s.properties ? toolArgsSkeleton(s, depth) : "";
  }
}
