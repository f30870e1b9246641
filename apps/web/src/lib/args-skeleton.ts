type Schema = Record<string, unknown>;

const MAX_DEPTH = 4;

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` ("#/$defs/Address", "#/definitions/x"); anything else stays as it is. */
function resolve(schema: unknown, root: Schema): unknown {
  let current = schema;
  for (let hops = 0; hops < 8 && isObject(current) && typeof current.$ref === "string"; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) return current;
    let target: unknown = root;
    for (const part of ref.slice(2).split("/")) {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      target = isObject(target) ? target[key] : undefined;
    }
    current = target;
  }
  return current;
}

/** Required properties, and those with a default, each with a placeholder. */
function objectSkeleton(schema: Schema, root: Schema, depth: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (!isObject(schema.properties)) return result;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  for (const [name, prop] of Object.entries(schema.properties)) {
    const resolved = resolve(prop, root);
    if (required.has(name) || (isObject(resolved) && "default" in resolved)) result[name] = placeholderFor(prop, root, depth + 1);
  }
  return result;
}

/**
 * A placeholder for one value: its default, const or first enum value, the first non-null option of
 * anyOf/oneOf, an object's own skeleton, or an empty value of its type.
 */
export function placeholderFor(schema: unknown, root: Schema = {}, depth = 0): unknown {
  const s = resolve(schema, root);
  if (!isObject(s) || depth > MAX_DEPTH) return null;
  if ("default" in s) return s.default;
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  const options = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined;
  if (options) {
    const option = options.map((o) => resolve(o, root)).find((o) => !(isObject(o) && o.type === "null"));
    return option === undefined ? null : placeholderFor(option, root, depth + 1);
  }
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type ?? (isObject(s.properties) ? "object" : undefined)) {
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
      return objectSkeleton(s, root, depth);
    default:
      return null;
  }
}

/** The initial "Arguments (JSON)" text for a tool: a skeleton of its input schema, or `{}`. */
export function argsSkeleton(inputSchema: unknown): string {
  if (!isObject(inputSchema)) return "{}";
  const skeleton = objectSkeleton(inputSchema, inputSchema, 0);
  return Object.keys(skeleton).length === 0 ? "{}" : JSON.stringify(skeleton, null, 2);
}
