import { isSchemaObject } from "./normalize-schema";

/** Property names that usually hold a secret: tokens, API keys, passwords, credentials. */
const SECRET_NAME = /token|key|secret|passw|auth|credential/i;

/** Whether a property looks like a secret by its schema (`format: password`, `writeOnly`) or its name. */
function isSecret(name: string, schema: unknown): boolean {
  return SECRET_NAME.test(name) || (isSchemaObject(schema) && (schema.format === "password" || schema.writeOnly === true));
}

/** The paths (property names, nested through `properties`) of the fields of an input schema that look secret. */
export function secretPaths(schema: unknown, depth = 0): string[][] {
  if (!isSchemaObject(schema) || depth > 16 || !isSchemaObject(schema.properties)) return [];
  return Object.entries(schema.properties).flatMap(([name, sub]) =>
    isSecret(name, sub) ? [[name]] : secretPaths(sub, depth + 1).map((path) => [name, ...path]),
  );
}

/** A copy of `value` without the fields at `paths` (what is stored when secrets are not remembered). */
export function withoutPaths<T>(value: T, paths: string[][]): T {
  if (paths.length === 0 || typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [head, ...rest] of paths) {
    if (!(head! in copy)) continue;
    if (rest.length === 0) delete copy[head!];
    else copy[head!] = withoutPaths(copy[head!], [rest]);
  }
  return copy as T;
}
