// Schemas covering what the form must handle, beyond the servers' corpus. Each has the
// `problems` its default form data is expected to have (instance paths), [] when it is valid.
export interface SchemaCase {
  name: string;
  schema: Record<string, unknown>;
  problems: string[];
}

const tree = { type: "object", properties: { label: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/node" } } } };

export const HAND_WRITTEN: SchemaCase[] = [
  { name: "empty schema", schema: {}, problems: [] },
  { name: "properties without type", schema: { properties: { a: { type: "string" } } }, problems: [] },
  { name: "recursive $ref (2020 $defs)", schema: { type: "object", $defs: { node: tree }, properties: { root: { $ref: "#/$defs/node" } } }, problems: [] },
  { name: "self-recursive root", schema: { type: "object", properties: { name: { type: "string" }, child: { $ref: "#" } } }, problems: [] },
  { name: "draft-07 definitions", schema: { $schema: "http://json-schema.org/draft-07/schema#", type: "object", definitions: { id: { type: "integer", minimum: 1 } }, properties: { id: { $ref: "#/definitions/id" } }, required: ["id"] }, problems: ["/id"] },
  { name: "nullable enum (type array)", schema: { type: "object", properties: { mode: { type: ["string", "null"], enum: ["a", "b", null], default: null } } }, problems: [] },
  { name: "anyOf with null", schema: { type: "object", properties: { limit: { anyOf: [{ type: "integer", minimum: 0 }, { type: "null" }], default: null } } }, problems: [] },
  { name: "nullable $ref via anyOf", schema: { type: "object", $defs: { p: { type: "object", properties: { x: { type: "number" } } } }, properties: { point: { anyOf: [{ $ref: "#/$defs/p" }, { type: "null" }] } } }, problems: [] },
  { name: "multi-type array", schema: { type: "object", properties: { v: { type: ["string", "number", "boolean"] } }, required: ["v"] }, problems: ["/v"] },
  { name: "array of objects with nested arrays", schema: { type: "object", properties: { rows: { type: "array", items: { type: "object", properties: { cells: { type: "array", items: { type: "number" } } } } } } }, problems: [] },
  { name: "oneOf of objects", schema: { type: "object", properties: { shape: { oneOf: [{ title: "Circle", type: "object", properties: { r: { type: "number" } }, required: ["r"] }, { title: "Square", type: "object", properties: { side: { type: "number" } }, required: ["side"] }] } }, required: ["shape"] }, problems: ["/shape"] },
  { name: "typed additionalProperties map", schema: { type: "object", properties: { env: { type: "object", additionalProperties: { type: "integer" } } } }, problems: [] },
  { name: "const", schema: { type: "object", properties: { kind: { const: "v1" } }, required: ["kind"] }, problems: [] },
  { name: "enum with titles (oneOf const)", schema: { type: "object", properties: { level: { type: "string", oneOf: [{ const: "lo", title: "Low" }, { const: "hi", title: "High" }], default: "lo" } } }, problems: [] },
  { name: "formats", schema: { type: "object", properties: { d: { type: "string", format: "date" }, t: { type: "string", format: "date-time" }, e: { type: "string", format: "email" }, u: { type: "string", format: "uri" } } }, problems: [] },
  { name: "string constraints", schema: { type: "object", properties: { code: { type: "string", minLength: 2, maxLength: 4, pattern: "^[A-Z]+$", default: "x" } } }, problems: ["/code", "/code"] },
  { name: "number constraints", schema: { type: "object", properties: { n: { type: "number", minimum: 1, maximum: 9, multipleOf: 0.5, default: 0.25 } } }, problems: ["/n", "/n"] },
  { name: "prefixItems tuple (2020-12)", schema: { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { pair: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false } } }, problems: [] },
  { name: "boolean sub-schemas", schema: { type: "object", properties: { anything: true, nothing: false, list: { type: "array", items: true } } }, problems: [] },
  { name: "null type", schema: { type: "object", properties: { nothing: { type: "null" } } }, problems: [] },
  { name: "readOnly and examples", schema: { type: "object", properties: { id: { type: "string", readOnly: true, default: "abc" }, q: { type: "string", examples: ["cats"] } } }, problems: [] },
  { name: "required with description and title", schema: { type: "object", title: "Search", properties: { query: { type: "string", title: "Query", description: "What to look for" } }, required: ["query"] }, problems: ["/query"] },
  { name: "anyOf of primitives", schema: { type: "object", properties: { id: { anyOf: [{ type: "string" }, { type: "integer" }] } } }, problems: [] },
  { name: "booleans and defaults", schema: { type: "object", properties: { dry: { type: "boolean", default: true }, count: { type: "integer", default: 3 } } }, problems: [] },
];
