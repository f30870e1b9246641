type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A placeholder for one property: its default, first enum value, or an empty value of its type. */
export function placeholderFor(schema: unknown): unknown {
  if (!isObject(schema)) return null;
  if ("default" in schema) return schema.default;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
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
    case "object":
      return {};
    default:
      return null;
  }
}

/**
 * The initial "Arguments (JSON)" text for a tool: its required properties and those with a default,
 * each with a placeholder; `{}` when there are none.
 */
export function argsSkeleton(inputSchema: unknown): string {
  if (!isObject(inputSchema) || !isObject(inputSchema.properties)) return "{}";
  const required = new Set(Array.isArray(inputSchema.required) ? inputSchema.required : []);
  const skeleton: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(inputSchema.properties)) {
    if (required.has(name) || (isObject(prop) && "default" in prop)) skeleton[name] = placeholderFor(prop);
  }
  return Object.keys(skeleton).length === 0 ? "{}" : JSON.stringify(skeleton, null, 2);
}
