// A pre-pass that rewrites what RJSF renders badly into equivalent draft-07 it renders well. The
// result only drives the form; validation always runs on the tool's original schema (validate-args).
export type Schema = Record<string, unknown>;

const SUBSCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SUBSCHEMA = ["additionalProperties", "items", "additionalItems", "contains", "not", "if", "then", "else", "propertyNames", "unevaluatedProperties", "unevaluatedItems"];
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];

export function isSchemaObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` one level (`#/$defs/x`, `#/definitions/x`); undefined when it leads nowhere. */
export function resolveLocalRef(ref: string, root: Schema): unknown {
  if (!ref.startsWith("#")) return undefined;
  let target: unknown = root;
  for (const part of ref.slice(1).split("/").filter(Boolean)) {
    const key = decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~");
    target = isSchemaObject(target) ? target[key] : undefined;
  }
  return target;
}

function typeOfValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The single type a schema stands for (following refs a few hops), or undefined. */
function singleType(schema: Schema, root: Schema): string | undefined {
  let s: unknown = schema;
  for (let hops = 0; hops < 8 && isSchemaObject(s) && typeof s.$ref === "string"; hops++) s = resolveLocalRef(s.$ref, root);
  if (!isSchemaObject(s)) return undefined;
  if (typeof s.type === "string") return s.type;
  if ("const" in s) return typeOfValue(s.const);
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const types = new Set(s.enum.filter((v) => v !== null).map(typeOfValue));
    return types.size === 1 ? [...types][0] : undefined;
  }
  if (isSchemaObject(s.properties) || s.additionalProperties !== undefined) return "object";
  if (s.items !== undefined || s.prefixItems !== undefined) return "array";
  return undefined;
}

const isNullSchema = (s: unknown) => isSchemaObject(s) && (s.type === "null" || ("const" in s && s.const === null));

/** `anyOf`/`oneOf` of one schema and `{type: "null"}` becomes that schema with a `[type, "null"]`. */
function collapseNullable(s: Schema, root: Schema): Schema {
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = s[key];
    if (!Array.isArray(options) || options.length !== 2) continue;
    const other = options.find((o) => !isNullSchema(o));
    if (!options.some(isNullSchema) || !isSchemaObject(other)) continue;
    const type = singleType(other, root);
    if (!type || type === "null") continue;
    const { [key]: _dropped, ...rest } = s;
    const merged: Schema = { ...other, ...rest, type: [type, "null"] };
    if (Array.isArray(merged.enum) && !merged.enum.includes(null)) merged.enum = [...merged.enum, null];
    return merged;
  }
  return s;
}

/** `type: ["string", "number"]` (beyond one type plus null) becomes a choice between the types. */
function splitTypeArray(s: Schema): Schema {
  if (!Array.isArray(s.type)) return s;
  const types = (s.type as unknown[]).filter((t): t is string => typeof t === "string");
  const nonNull = types.filter((t) => t !== "null");
  if (types.length === 1) return { ...s, type: types[0] };
  if (nonNull.length <= 1 && types.length <= 2) return { ...s, type: types };
  const { type: _type, ...rest } = s;
  return { ...rest, anyOf: types.map((t) => ({ type: t, title: t })) };
}

/**
 * The choice an optional oneOf/anyOf property starts on: "none", sending nothing. Without it RJSF
 * picks the first branch and an untouched form sends that branch's defaults. A null-typed branch
 * draws no field and has no default, so the property stays absent until a branch is picked.
 */
export const NONE_CHOICE: Schema = { title: "none (leave unset)", type: "null" };

function withNoneChoice(s: Schema): Schema {
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = s[key];
    // A oneOf of consts is a select (titled enum), which can already be left empty.
    if (Array.isArray(list) && list.every((b) => isSchemaObject(b) && "const" in b)) return s;
    if (Array.isArray(list) && !list.some(isNullSchema)) return { ...s, [key]: [NONE_CHOICE, ...list] };
  }
  return s;
}

function normalizeNode(input: unknown, root: Schema): Schema {
  // Boolean sub-schemas: `true` accepts anything, `false` nothing.
  if (input === true || input === undefined) return {};
  if (input === false || !isSchemaObject(input)) return { not: {} };
  let s: Schema = collapseNullable({ ...input }, root);
  s = splitTypeArray(s);
  if (s.type === undefined && s.$ref === undefined) {
    // Types RJSF cannot infer: a const or enum of numbers, booleans; an array by its items.
    const inferred = singleType(s, root);
    if (inferred && !Array.isArray(s.anyOf) && !Array.isArray(s.oneOf)) s.type = inferred;
  }
  // A const is not for editing in the form (JSON mode can still send anything).
  if ("const" in s && s.readOnly === undefined) s.readOnly = true;
  // 2020-12 tuples (prefixItems + items) as draft-07 tuples (items array + additionalItems).
  if (Array.isArray(s.prefixItems)) {
    const { prefixItems, items, ...rest } = s;
    s = { ...rest, items: prefixItems, ...(items !== undefined ? { additionalItems: items } : {}) };
  }
  for (const key of SUBSCHEMA_MAPS) {
    const map = s[key];
    if (isSchemaObject(map)) s[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, normalizeNode(v, root)]));
  }
  if (isSchemaObject(s.properties)) {
    const required = Array.isArray(s.required) ? s.required : [];
    s.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, required.includes(k) ? v : withNoneChoice(v as Schema)]));
  }
  for (const key of SUBSCHEMA) {
    const value = s[key];
    if (value === undefined) continue;
    if (key === "items" && Array.isArray(value)) s[key] = value.map((v) => normalizeNode(v, root));
    else if (key === "additionalProperties" && value === false) continue; // RJSF reads `false` itself
    else s[key] = normalizeNode(value, root);
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = s[key];
    if (Array.isArray(list)) s[key] = list.map((v) => normalizeNode(v, root));
  }
  return s;
}

/**
 * The form schema for a tool's input schema: nullable unions collapsed to `[type, "null"]` (drawn
 * with a null toggle), multi-type arrays split into choices, boolean sub-schemas made objects,
 * missing types inferred, 2020-12 tuples rewritten, `$schema` dropped. `$ref`s stay as they are:
 * RJSF resolves local ones and expands recursive ones lazily. Walks the tree once, never a ref,
 * so it terminates on any schema.
 */
export function normalizeSchema(inputSchema: unknown): Schema {
  const root = isSchemaObject(inputSchema) ? inputSchema : {};
  const { $schema: _draft, ...s } = normalizeNode(root, root);
  if (s.type === undefined && s.$ref === undefined) s.type = "object";
  return s;
}

// Tool lists are stable objects: normalize each input schema once, not on every keystroke.
const normalized = new WeakMap<object, Schema>();

/** `normalizeSchema`, cached per schema object. */
export function formSchemaFor(inputSchema: unknown): Schema {
  if (!isSchemaObject(inputSchema)) return normalizeSchema(inputSchema);
  let s = normalized.get(inputSchema);
  if (!s) normalized.set(inputSchema, (s = normalizeSchema(inputSchema)));
  return s;
}
