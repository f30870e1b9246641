import { customizeValidator } from "@rjsf/validator-ajv8";
import { linearRegExp } from "@mcp-inspect/core/linear-regexp";

/**
 * The validator RJSF itself uses: only to pick the matching oneOf/anyOf branch and resolve
 * if/then/else on the normalized form schema, which normalize-schema makes draft-07 (tuples
 * rewritten, `$schema` dropped), so Ajv's draft-07 class with ajv-formats is the right one. What
 * the user sees as errors comes from validate-args, run on the original schema with its own draft.
 * It runs the server's patterns too (on every change of the form), so on RE2, never RegExp.
 */
export const formValidator = customizeValidator({ ajvOptionsOverrides: { strict: false, code: { regExp: linearRegExp } } });
