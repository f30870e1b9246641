import { customizeValidator } from "@rjsf/validator-ajv8";

/**
 * The validator RJSF itself uses: only to pick the matching oneOf/anyOf branch and resolve
 * if/then/else on the normalized form schema, which normalize-schema makes draft-07 (tuples
 * rewritten, `$schema` dropped), so Ajv's draft-07 class with ajv-formats is the right one. What
 * the user sees as errors comes from validate-args, run on the original schema with its own draft.
 */
export const formValidator = customizeValidator({ ajvOptionsOverrides: { strict: false } });
