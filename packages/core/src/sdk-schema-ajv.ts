import Ajv from "ajv";
import addFormats from "ajv-formats";
import { linearRegExp } from "./linear-regexp";

/**
 * The Ajv the MCP SDK's `Client` uses by default (draft-07, formats, all errors, schemas not
 * validated) with one change: patterns run on RE2. The SDK compiles every listed tool's
 * outputSchema and checks each `tools/call` result against it, so with the default engine a
 * server can hang whoever calls it. Give it as `new AjvJsonSchemaValidator(createSdkSchemaAjv())`.
 */
export function createSdkSchemaAjv(): Ajv {
  const ajv = new Ajv({ strict: false, validateFormats: true, validateSchema: false, allErrors: true, code: { regExp: linearRegExp } });
  addFormats(ajv);
  return ajv;
}
