import { parseTemplate, type PrimitiveValue } from "url-template";

/** RFC 6570 operators: "" simple, "+" reserved, "#" fragment, "." label, "/" path segment, ";" path-style, "?" query, "&" continuation. */
export type TemplateOperator = "" | "+" | "#" | "." | "/" | ";" | "?" | "&";

export interface TemplateVariable {
  name: string;
  operator: TemplateOperator;
  /** `{list*}`: the value is exploded. */
  explode: boolean;
  /** `{var:3}`: only a prefix of this many characters is used. */
  maxLength?: number;
}

const OPERATORS = new Set(["+", "#", ".", "/", ";", "?", "&"]);
const VARNAME = /^(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*$/;

/** The variables of a URI template, in order of first appearance; throws a specific error on a malformed one. */
export function templateVariables(template: string): TemplateVariable[] {
  const found: TemplateVariable[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (;;) {
    const open = template.indexOf("{", at);
    const strayClose = template.indexOf("}", at);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) throw new Error(`unmatched "}" at position ${strayClose} of ${template}`);
    if (open === -1) return found;
    const close = template.indexOf("}", open);
    if (close === -1) throw new Error(`unclosed "{" at position ${open} of ${template}`);
    let body = template.slice(open + 1, close);
    let operator: TemplateOperator = "";
    if (OPERATORS.has(body.charAt(0))) {
      operator = body.charAt(0) as TemplateOperator;
      body = body.slice(1);
    }
    if (body === "") throw new Error(`empty expression "{${operator}}" at position ${open} of ${template}`);
    for (const spec of body.split(",")) {
      const variable = parseVarspec(spec, operator, template);
      if (seen.has(variable.name)) continue;
      seen.add(variable.name);
      found.push(variable);
    }
    at = close + 1;
  }
}

function parseVarspec(spec: string, operator: TemplateOperator, template: string): TemplateVariable {
  const explode = spec.endsWith("*");
  const [name = "", prefix] = (explode ? spec.slice(0, -1) : spec).split(":");
  if (!VARNAME.test(name)) throw new Error(`invalid variable name ${JSON.stringify(name)} in ${template}`);
  if (prefix === undefined) return { name, operator, explode };
  const maxLength = Number(prefix);
  if (!/^[1-9]\d{0,3}$/.test(prefix)) throw new Error(`invalid prefix length ${JSON.stringify(prefix)} for ${name} in ${template}`);
  return { name, operator, explode, maxLength };
}

/**
 * Expands a template per RFC 6570 (`url-template`): values are percent-encoded as their operator
 * requires (`{+path}` keeps "/", `{id}` encodes it). Empty values count as undefined, so `{?q}` drops out.
 */
export function expandUriTemplate(template: string, values: Record<string, string>): string {
  templateVariables(template); // malformed templates fail here, with a reason
  const context: Record<string, PrimitiveValue> = {};
  for (const [name, value] of Object.entries(values)) if (value !== "") context[name] = value;
  return parseTemplate(template).expand(context);
}

/** The other variables' non-empty values: `context.arguments` of a completion/complete for `name`. */
export function otherValues(values: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => key !== name && value !== ""));
}
