// Elicitation's requested schemas (flat objects of primitives) use shapes the form library does not
// draw: the 2025-11-25 titled multi-select (`items.anyOf: [{const, title}]`), the untitled one
// (`items.enum`), and legacy `enumNames` beside `enum`. This pre-pass rewrites them into what RJSF
// draws as a select or a list of checkboxes, with their titles. Validation still runs on the schema
// the server sent.
import type { UiSchema } from "@rjsf/utils";

type Schema = Record<string, unknown>;

const isObject = (v: unknown): v is Schema => typeof v === "object" && v !== null && !Array.isArray(v);

/** `[{const, title}]` from an enum and its legacy enumNames (titles default to the value). */
function titledConsts(values: unknown[], names: unknown): Schema[] {
  const titles = Array.isArray(names) ? names : [];
  return values.map((value, i) => ({ const: value, title: typeof titles[i] === "string" ? titles[i] : String(value) }));
}

/** The titled options of a multi-select's items, or undefined when the property is not one. */
function multiSelectOptions(items: unknown): Schema[] | undefined {
  if (!isObject(items)) return undefined;
  const alternatives = items.anyOf ?? items.oneOf;
  if (Array.isArray(alternatives) && alternatives.every((a) => isObject(a) && "const" in a)) {
    return alternatives.map((a) => ({ const: (a as Schema).const, title: typeof (a as Schema).title === "string" ? (a as Schema).title : String((a as Schema).const) }));
  }
  if (Array.isArray(items.enum)) return titledConsts(items.enum, items.enumNames);
  return undefined;
}

function rewriteProperty(p: Schema): { schema: Schema; checkboxes: boolean } {
  if (p.type === "array") {
    const options = multiSelectOptions(p.items);
    if (options) {
      const type = typeof options[0]?.const === "number" ? "number" : "string";
      return { schema: { ...p, uniqueItems: true, items: { type, oneOf: options } }, checkboxes: true };
    }
  }
  if (Array.isArray(p.enum) && Array.isArray(p.enumNames)) {
    const { enum: values, enumNames, ...rest } = p;
    return { schema: { ...rest, oneOf: titledConsts(values as unknown[], enumNames) }, checkboxes: false };
  }
  return { schema: p, checkboxes: false };
}

/** The form schema and the ui schema (checkboxes for multi-selects) for an elicitation's requestedSchema. */
export function elicitationForm(requested: unknown): { schema: unknown; uiSchema: UiSchema } {
  if (!isObject(requested) || !isObject(requested.properties)) return { schema: requested, uiSchema: {} };
  const properties: Schema = {};
  const uiSchema: UiSchema = {};
  for (const [name, value] of Object.entries(requested.properties)) {
    if (!isObject(value)) {
      properties[name] = value;
      continue;
    }
    const { schema, checkboxes } = rewriteProperty(value);
    properties[name] = schema;
    if (checkboxes) uiSchema[name] = { "ui:widget": "checkboxes" };
  }
  return { schema: { ...requested, properties }, uiSchema };
}
