// har-schema ships JSON schemas (one per HAR object, keyed by name) and no types.
declare module "har-schema" {
  const schemas: Record<string, object>;
  export default schemas;
}
