import { getDefaultFormState, type Experimental_DefaultFormStateBehavior, type RJSFSchema } from "@rjsf/utils";
import { formValidator } from "./form-validator";
import { formSchemaFor } from "./normalize-schema";

/** Arrays start empty (the user adds items); defaults of objects and scalars are filled in. */
export const DEFAULTS_BEHAVIOR: Experimental_DefaultFormStateBehavior = { arrayMinItems: { populate: "never" } };

/**
 * The values the form shows: the user's, with the schema's defaults (and consts) filled in where
 * nothing was entered, exactly as RJSF computes them, so what is sent is what is on screen.
 */
export function formValues(inputSchema: unknown, values: Record<string, unknown> | undefined): Record<string, unknown> {
  const schema = formSchemaFor(inputSchema) as RJSFSchema;
  const filled = getDefaultFormState(formValidator, schema, values ?? {}, schema, false, DEFAULTS_BEHAVIOR);
  return typeof filled === "object" && filled !== null && !Array.isArray(filled) ? (filled as Record<string, unknown>) : {};
}
