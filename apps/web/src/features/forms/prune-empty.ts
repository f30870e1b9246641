import { isSchemaObject, resolveLocalRef, type Schema } from "./normalize-schema";

const isEmpty = (value: unknown) =>
  value === undefined || value === "" || (Array.isArray(value) && value.length === 0) || (isSchemaObject(value) && Object.keys(value).length === 0);

function deref(schema: unknown, root: Schema): Schema | undefined {
  let s = schema;
  for (let hops = 0; hops < 8 && isSchemaObject(s) && typeof s.$ref === "string"; hops++) s = resolveLocalRef(s.$ref, root);
  return isSchemaObject(s) ? s : undefined;
}

function prune(value: unknown, schema: Schema | undefined, root: Schema): unknown {
  if (Array.isArray(value)) {
    // RJSF pre-fills a tuple's slots with undefined: nothing entered is an empty array.
    if (value.every((v) => v === undefined)) return [];
    const items = schema && isSchemaObject(schema.items) ? deref(schema.items, root) : undefined;
    return value.map((v) => (v === undefined ? null : prune(v, items, root)));
  }
  if (!isSchemaObject(value)) return value;
  const properties = schema && isSchemaObject(schema.properties) ? schema.properties : {};
  const required = schema && Array.isArray(schema.required) ? schema.required : [];
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const childSchema = deref(properties[key], root);
    const pruned = prune(child, childSchema, root);
    // Only a property the schema declares optional may go when empty; unknown data stays.
    const droppable = childSchema !== undefined && !required.includes(key);
    if (pruned === undefined || (droppable && isEmpty(pruned))) continue;
    out[key] = pruned;
  }
  return out;
}

/**
 * The form data as arguments: optional properties left empty ("" / [] / {} / undefined) are
 * omitted rather than sent; required ones stay (the server should see what is empty), and so
 * does null, which the user chose explicitly. Array entries are never dropped.
 */
export function pruneEmpty(value: unknown, inputSchema: unknown): unknown {
  const root = isSchemaObject(inputSchema) ? inputSchema : {};
  return prune(value, deref(root, root), root);
}
