import AjvCompiler from "@fastify/ajv-compiler";
import SerializerSelector from "@fastify/fast-json-stringify-compiler";

type ValidatorFactory = ReturnType<typeof AjvCompiler>;
type SerializerFactory = ReturnType<typeof SerializerSelector>;
type Validate = ((data: unknown) => unknown) & { errors?: unknown };

/**
 * Fastify's own compilers (Ajv for what requests carry, fast-json-stringify for responses, with the same options),
 * each route's schema compiled on the route's first request rather than all of them at start: compiling every
 * route's schemas was ~100 ms of `mcp-inspect`'s start before the page could be served, for routes the page may not
 * call for a while. Given to `Fastify({ schemaController: { compilersFactory } })`.
 */
export function lazySchemaCompilers(): { buildValidator: ValidatorFactory; buildSerializer: SerializerFactory } {
  const buildValidator = AjvCompiler();
  const buildSerializer = SerializerSelector();
  return {
    buildValidator: ((externalSchemas: unknown, options: unknown) => {
      let compile: ReturnType<ValidatorFactory> | undefined;
      return (route: Parameters<ReturnType<ValidatorFactory>>[0]) => {
        let validate: Validate | undefined;
        // Fastify reads `.errors` off the function it was given after each call: carry the compiled one's over.
        const lazy: Validate = (data) => {
          compile ??= (buildValidator as (e: unknown, o: unknown) => ReturnType<ValidatorFactory>)(externalSchemas, options);
          validate ??= compile(route) as Validate;
          const result = validate(data);
          lazy.errors = validate.errors;
          return result;
        };
        return lazy;
      };
    }) as unknown as ValidatorFactory,
    buildSerializer: ((externalSchemas?: unknown, options?: Parameters<SerializerFactory>[1]) => {
      let compile: ReturnType<SerializerFactory> | undefined;
      return (route: Parameters<ReturnType<SerializerFactory>>[0]) => {
        let serialize: ((doc: unknown) => string) | undefined;
        return (doc: unknown) => (serialize ??= (compile ??= buildSerializer(externalSchemas, options))(route))(doc);
      };
    }) as SerializerFactory,
  };
}
